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
import { FIXTURES, ROOT, SOURCES } from '../helpers/corpus.ts';

const CLI = join(ROOT, 'src/ingest/cli.ts');

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
