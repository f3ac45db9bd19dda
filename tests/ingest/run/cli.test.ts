/**
 * The ingest command as a curator uses it: bad input gets a clear error that
 * names the file and line, exits non-zero and leaves content/ untouched;
 * --json prints the ingest without writing; --check spots stale content.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { FIXTURES, ROOT, SOURCES } from '../../helpers/corpus.ts';

const CLI = join(ROOT, 'src/ingest/run/cli.ts');

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A scratch project: content/sources with the seeds, and a first ingest done. */
function scratch(): { dir: string; sources: string; content: string } {
  const dir = mkdtempSync(join(tmpdir(), 'folio-ingest-'));
  const content = join(dir, 'content');
  const sources = join(content, 'sources');
  cpSync(SOURCES, sources, { recursive: true });
  const first = run(['--sources', sources, '--content', content]);
  assert.equal(first.code, 0, first.stderr);
  return { dir, sources, content };
}

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[join(entry.parentPath, entry.name)] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
  }
  return out;
}

describe('bad input', () => {
  const cases: [string, RegExp][] = [
    ['bad-empty.txt', /bad-empty\.txt: the file is empty/],
    ['bad-whitespace.txt', /bad-whitespace\.txt: the file holds only white space/],
    ['bad-binary.bin', /bad-binary\.bin:\d+: the file is binary/],
    ['bad-invalid-utf8.txt', /bad-invalid-utf8\.txt:3: invalid UTF-8/],
  ];
  for (const [name, message] of cases) {
    test(`${name}: clear error naming the file, exit 1, content/ unchanged`, () => {
      const { sources, content } = scratch();
      const before = snapshot(content);
      cpSync(join(FIXTURES, name), join(sources, name));
      const r = run(['--sources', sources, '--content', content]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, message);
      assert.match(r.stderr, /content\/ is unchanged/);
      const after = snapshot(content);
      delete after[join(sources, name)];
      assert.deepEqual(after, before);
    });
  }

  test('a page with no recognisable text names its line', () => {
    const { sources, content } = scratch();
    writeFileSync(join(sources, 'furniture-only.txt'), 'Page 9 - Some University\nP. 9\n\n12345\n9\n');
    const r = run(['--sources', sources, '--content', content]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /furniture-only\.txt:\d+: no recognisable text/);
  });

  test('a bad sidecar names its line', () => {
    const { sources, content } = scratch();
    writeFileSync(join(sources, '002_2a29fe1bde96cbf5.yaml'), 'title: Fine\nvolumee: 3\n');
    const r = run(['--sources', sources, '--content', content]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /002_2a29fe1bde96cbf5\.yaml:\d+: /);
  });

  test('every bad file is reported at once', () => {
    const { sources, content } = scratch();
    for (const name of ['bad-empty.txt', 'bad-invalid-utf8.txt']) cpSync(join(FIXTURES, name), join(sources, name));
    const r = run(['--sources', sources, '--content', content]);
    assert.match(r.stderr, /bad-empty\.txt/);
    assert.match(r.stderr, /bad-invalid-utf8\.txt/);
  });
});

describe('curating', () => {
  test('a sidecar completes the metadata', () => {
    const { sources, content } = scratch();
    writeFileSync(join(sources, '002_2a29fe1bde96cbf5.yaml'), 'issued: 2024\ncontainer-title: China Today\n');
    assert.equal(run(['--sources', sources, '--content', content]).code, 0);
    const md = readFileSync(join(content, 'papers/zhang-2024-global-industrial-supply-chain.md'), 'utf8');
    assert.match(md, /container-title: "China Today"/);
  });

  test('--check passes on fresh output and fails once a source changes', () => {
    const { sources, content } = scratch();
    assert.equal(run(['--check', '--sources', sources, '--content', content]).code, 0);
    writeFileSync(join(sources, 'extra.txt'), readFileSync(join(FIXTURES, 'web-a.txt')));
    const r = run(['--check', '--sources', sources, '--content', content]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /missing\s+content\/papers\/schmidt-2025-rules-origin-strain-what\.md/);
  });

  test('the committed content/ matches the sources', () => {
    assert.equal(run(['--check']).code, 0);
  });
});

describe('--json', () => {
  test('prints one JSON object with the documented fields and writes nothing', () => {
    const { content } = scratch();
    const before = snapshot(content);
    const r = run(['--json', join(SOURCES, '000_2c8157cf733e5964.txt'), join(SOURCES, '001_6799d8671908c4ca.txt')]);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { papers: Record<string, unknown>[] };
    assert.equal(out.papers.length, 1);
    const paper = out.papers[0]!;
    for (const field of ['id', 'title', 'author', 'container-title', 'volume', 'issue', 'issued', 'page', 'publisher', 'pages', 'blocks', 'citations', 'terms', 'dropped']) {
      assert.ok(field in paper, field);
    }
    const blocks = paper.blocks as { type: string; text: string; page: number }[];
    assert.ok(blocks.some((b) => b.type === 'heading' && b.text.startsWith('2.3 ') && b.page === 43));
    const citations = paper.citations as { text: string; authors: string[]; year: string; ref: string }[];
    assert.ok(citations.some((c) => c.text === '(Calatayud, 2025)' && c.year === '2025' && c.ref === 'calatayud-2025'));
    const dropped = paper.dropped as { line: string; reason: string; source: string; line_number: number }[];
    assert.ok(dropped.some((d) => d.line === 'P. 52' && d.line_number === 2 && d.source === '000_2c8157cf733e5964.txt'));
    assert.deepEqual(snapshot(content), before);
  });

  test('one page alone, even without a title, still gives a paper (and a warning)', () => {
    const r = run(['--json', join(SOURCES, '000_2c8157cf733e5964.txt')]);
    assert.equal(r.code, 0, r.stderr);
    const [paper] = (JSON.parse(r.stdout) as { papers: { title?: string; 'container-title': string }[] }).papers;
    assert.equal(paper!.title, undefined);
    assert.equal(paper!['container-title'], 'The Journal of Economic Sciences: Theory and Practice');
    assert.match(r.stderr, /warning: .*no title/);
  });
});

describe('the error boundary', () => {
  test('a bug of ours is one line naming the file and saying it is a bug, with the stack in a log file; exit 70', () => {
    const { dir, sources, content } = scratch();
    writeFileSync(join(sources, 'trigger.txt'), readFileSync(join(FIXTURES, 'web-a.txt')));
    const before = snapshot(content);
    for (const args of [['--sources', sources, '--content', content], ['--json', join(sources, 'trigger.txt')]]) {
      const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, FOLIO_INJECT_FAULT: 'trigger.txt' } });
      assert.equal(r.status, 70, r.stderr);
      assert.match(r.stderr, /^ingest: error: internal error while processing \S*trigger\.txt: TypeError: a fault injected for a test/m);
      assert.match(r.stderr, /this is a bug in Folio, not a problem with your files; the details are in (\S+\.log)/);
      assert.doesNotMatch(r.stderr, /^\s+at /m, 'no stack in front of the curator');
      const log = /the details are in (\S+\.log)/.exec(r.stderr)![1]!;
      assert.match(readFileSync(join(dir, log), 'utf8'), /files: trigger\.txt[\s\S]*TypeError: a fault injected[\s\S]*\n\s+at /);
    }
    delete before[join(sources, 'trigger.txt')];
    const after = snapshot(content);
    delete after[join(sources, 'trigger.txt')];
    assert.deepEqual(after, before, 'content/ is unchanged');
  });

  test('hostile pages give papers or curator-facing errors, never a stack', () => {
    const { sources, content } = scratch();
    const seed = readFileSync(join(SOURCES, '000_2c8157cf733e5964.txt'), 'utf8');
    const pages: Record<string, string | Buffer> = {
      'range.txt': seed.replace('pp. 40-57', 'pp. 40-9999999999').replace('Page 52 ', 'Page 60 ').replace(/^P\. 52$/m, 'P. 60').replace(/^52$/m, '60'),
      'negative.txt': seed.replace('Page 52 ', 'Page -52 ').replace(/^P\. 52$/m, 'P. -52').replace(/^52$/m, '-52').replace('THE JOURNAL', 'A JOURNAL'),
      'huge.txt': `Page 41 - Azerbaijan State University of Economics\nP. 41\nLi Ting: A Running Head\n${seed.split('\n').slice(3, 20).join('\n')}\n41000000000000000\n`,
      'long-title.txt': `${'A Very Long Title '.repeat(120)}\n\nBy Jane Doe\n\nThe body of a web article, long enough to be read as one.\n`,
      'long-line.txt': `Title of a Page\n\n${'word '.repeat(220_000)}\n`,
      'cyrillic.txt': 'Экономическая безопасность региона\n\nАвтор: Иванов Иван\n\nВ статье рассматриваются угрозы экономической безопасности региона.\n',
      'chinese.txt': '全球產業鏈重構的背景與趨勢\n\n作者: 王小明\n\n近年來全球產業鏈加速重構，各國政府更加重視供應鏈安全與韌性，跨國企業也隨之調整其生產佈局，把部分產能移回本國或轉向鄰近的友好國家。\n\n本文討論這一趨勢的背景、特徵與未來的發展方向，並從產業政策、貿易規則與企業策略三個角度提出若干政策建議，供讀者參考。\n',
      'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Notepad Unicode Page\r\n\r\nA page saved by Windows Notepad as Unicode text, with its lines.\r\n', 'utf16le')]),
      'bidi.txt': 'A \u202eTitle\u202c With an Override \u2067and an isolate\n\nBy Jane Doe\n\nThe body of a web article that carries bidi controls in its title.\n',
    };
    for (const [name, text] of Object.entries(pages)) writeFileSync(join(sources, name), text);
    const r = run(['--sources', sources, '--content', content]);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /^\s+at |Error:/m);
    const papers = readdirSync(join(content, 'papers'));
    assert.ok(papers.some((p) => p.includes('ekonomicheskaya-bezopasnost')), papers.join(' '));
    assert.ok(papers.some((p) => p.includes('quan-qiu-chan-ye')), papers.join(' '));
    // The UTF-16 page was read as text.
    assert.ok(papers.some((p) => readFileSync(join(content, 'papers', p), 'utf8').includes('saved by Windows Notepad as Unicode text')), papers.join(' '));
    for (const p of papers) assert.match(p, /^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/);
  });
});

describe('--json refuses what the ingest refuses, with the same messages', () => {
  const seed = () => readFileSync(join(SOURCES, '000_2c8157cf733e5964.txt'));
  const cases: [string, Record<string, string | Buffer>][] = [
    ['two copies of one printed page', { 'a.txt': seed(), 'b.txt': seed() }],
    ['the same web article twice', { 'a.txt': readFileSync(join(SOURCES, '002_2a29fe1bde96cbf5.txt')), 'b.txt': readFileSync(join(SOURCES, '002_2a29fe1bde96cbf5.txt')) }],
    ['a sidecar that does not fit the schema', { 'a.txt': seed(), 'a.yaml': 'title: Fine\nvolumee: 3\n' }],
    ['a sidecar naming an unknown encoding', { 'a.txt': seed(), 'a.yaml': 'encoding: klingon-8\n' }],
    ['an empty file and a binary one', { 'a.txt': '', 'b.txt': Buffer.from([0x25, 0x50, 0x00, 0x01]) }],
  ];
  const errors = (stderr: string, dir: string) =>
    stderr
      .split('\n')
      .filter((l) => l.includes(': error: '))
      .map((l) => l.replaceAll(`${dir}/`, ''))
      .sort();
  for (const [what, files] of cases) {
    test(what, () => {
      const dir = mkdtempSync(join(tmpdir(), 'folio-agree-'));
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
      const full = run(['--sources', dir, '--content', join(dir, 'content')]);
      const json = run(['--json', ...Object.keys(files).filter((n) => n.endsWith('.txt')).map((n) => join(dir, n))]);
      assert.equal(full.code, 1, full.stderr);
      assert.equal(json.code, 1, json.stderr);
      assert.equal(json.stdout, '');
      assert.deepEqual(errors(json.stderr, dir), errors(full.stderr, dir));
      assert.ok(errors(full.stderr, dir).length > 0);
    });
  }
});

test('two papers whose made-up ids would be the same are told apart, the first keeping its id', () => {
  const dir = mkdtempSync(join(tmpdir(), 'folio-ids-'));
  const page = (body: string) => `The Same Headline\n\nBy Jane Doe\n\n${body}\n`;
  writeFileSync(join(dir, 'a.txt'), page('The first article is about tariffs and the firms that pay them, written at length for a reader.'));
  writeFileSync(join(dir, 'b.txt'), page('The second article is about quotas and the firms that avoid them, written at length for a reader.'));
  for (const args of [['--sources', dir, '--content', join(dir, 'content')], ['--json', join(dir, 'a.txt'), join(dir, 'b.txt')]]) {
    const r = run(args);
    assert.equal(r.code, 0, r.stderr);
  }
  const ids = readdirSync(join(dir, 'content/papers')).sort();
  assert.equal(ids.length, 2);
  assert.match(ids[0]!, /^doe-same-headline(-[a-z0-9]+)?\.md$/);
  assert.ok(ids.includes('doe-same-headline.md'), ids.join(' '));
});
