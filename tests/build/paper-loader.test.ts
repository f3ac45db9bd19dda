import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { paperLoader } from '../../src/build/paper-loader.ts';
import { readPaperBody } from '../../src/build/paper-body.ts';
import { paperFrontmatter } from '../../src/model/schema.ts';
import { z } from 'astro/zod';

type Entry = { id: string; data: Record<string, unknown> & { bodyFile: string }; digest?: string | number; filePath?: string };

/** A project with the seed papers, and a loader context over an in-memory store. */
function project() {
  const root = mkdtempSync(join(tmpdir(), 'folio-loader-'));
  cpSync('content/papers', join(root, 'content/papers'), { recursive: true, dereference: true });
  const entries = new Map<string, Entry>();
  const warnings: string[] = [];
  const context = {
    config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/cache/`) },
    store: {
      get: (id: string) => entries.get(id),
      set: (e: Entry) => (entries.set(e.id, e), true),
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
    },
    // As the collection's schema validates it (src/content.config.ts).
    parseData: async ({ data }: { data: Record<string, unknown> }) => paperFrontmatter.extend({ bodyFile: z.string() }).parse(data),
    generateDigest: (s: string) => createHash('sha1').update(s).digest('hex'),
    logger: { warn: (m: string) => warnings.push(m) },
  };
  const load = (base = '/', workers = 1) => paperLoader({ dir: 'content/papers', base, terms: [], workers }).load(context as never);
  return { root, entries, warnings, load, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

const LI = 'li-2026-impact-artificial-intelligence-robotics';

test('each paper is stored with its frontmatter, and its body is readable beside the store', async () => {
  const p = project();
  await p.load();
  assert.deepEqual([...p.entries.keys()].sort(), [LI, 'zhang-global-industrial-supply-chain']);
  const li = p.entries.get(LI)!;
  assert.equal(li.filePath, `content/papers/${LI}.md`);
  assert.match(String(li.data.title), /Artificial Intelligence/);
  const body = readPaperBody(li);
  assert.match(body.html, /id="page-52"/);
  assert.deepEqual(body.headings.map((h) => h.depth), [2, 3, 3]);
  assert.match(body.headings[0]!.text, /2\.3 Artificial Intelligence Reshapes the Global Value Chain/);
  assert.equal(typeof body.frontmatter.readingMinutes, 'number');
  p.cleanup();
});

test('an unchanged paper is not rendered again; a changed one, or a new render key, is', async () => {
  const p = project();
  await p.load();
  const bodyFile = p.entries.get(LI)!.data.bodyFile;
  const zhangFile = p.entries.get('zhang-global-industrial-supply-chain')!.data.bodyFile;
  const before = statSync(bodyFile).mtimeMs;
  await new Promise((r) => setTimeout(r, 20));
  await p.load();
  assert.equal(statSync(bodyFile).mtimeMs, before);

  const md = join(p.root, 'content/papers', `${LI}.md`);
  writeFileSync(md, readFileSync(md, 'utf8').replace('## ', '## Revised: '));
  await p.load();
  assert.match(readPaperBody(p.entries.get(LI)!).html, /Revised: /);
  const zhangBefore = statSync(zhangFile).mtimeMs;

  await new Promise((r) => setTimeout(r, 20));
  await p.load('/folio/');
  assert.ok(statSync(zhangFile).mtimeMs > zhangBefore);
  p.cleanup();
});

test('a removed paper leaves the store and its body goes', async () => {
  const p = project();
  await p.load();
  const bodyFile = p.entries.get(LI)!.data.bodyFile;
  rmSync(join(p.root, 'content/papers', `${LI}.md`));
  await p.load();
  assert.deepEqual([...p.entries.keys()], ['zhang-global-industrial-supply-chain']);
  assert.equal(existsSync(bodyFile), false);
  assert.ok(existsSync(p.entries.get('zhang-global-industrial-supply-chain')!.data.bodyFile));
  p.cleanup();
});

test('papers rendered by the rendering processes are the papers rendered here', async () => {
  const here = project();
  const workers = project();
  await here.load('/', 1);
  await workers.load('/', 2);
  for (const [id, entry] of here.entries) assert.equal(readPaperBody(workers.entries.get(id)!).html, readPaperBody(entry).html);
  here.cleanup();
  workers.cleanup();
});

for (const workers of [1, 2]) test(`many papers each come back once, to the paper they belong to (${workers === 1 ? 'rendered here, one at a time' : 'more papers than rendering processes'})`, async () => {
  const p = project();
  const zhang = readFileSync(join(p.root, 'content/papers/zhang-global-industrial-supply-chain.md'), 'utf8');
  // Forty copies, each with its own first heading, so that a body given to the wrong paper shows.
  for (let i = 0; i < 40; i++) writeFileSync(join(p.root, 'content/papers', `copy-${i}.md`), zhang.replace('\n## ', `\n## Copy ${i}: `));
  await p.load('/', workers);
  assert.equal(p.entries.size, 42);
  for (let i = 0; i < 40; i++) {
    const entry = p.entries.get(`copy-${i}`)!;
    assert.equal(entry.filePath, `content/papers/copy-${i}.md`);
    assert.match(readPaperBody(entry).html, new RegExp(`<h2 id="[^"]*">Copy ${i}: `));
    assert.equal(entry.data.title, p.entries.get('zhang-global-industrial-supply-chain')!.data.title);
  }
  p.cleanup();
});

for (const workers of [1, 2]) test(`content problems are warnings naming the file and its line (${workers === 1 ? 'rendered here' : 'rendering processes'})`, async () => {
  const p = project();
  const frontmatter = readFileSync(join(p.root, 'content/papers', `${LI}.md`), 'utf8').split('\n---\n')[0]!;
  writeFileSync(join(p.root, 'content/papers/curated.md'), `${frontmatter}\n---\n\nFirst.\n\nSee :cite[x]{ref="Bad Key"}.\n`);
  await p.load('/', workers);
  const line = frontmatter.split('\n').length + 5;
  assert.ok(p.warnings.includes(`content/papers/curated.md:${line}:5: citation without a valid reference key: "Bad Key"`), p.warnings.join('\n'));
  p.cleanup();
});

for (const workers of [1, 2]) test(`a paper that cannot be read fails the sync with its file named, and the papers stored before stay (${workers === 1 ? 'rendered here' : 'rendering processes'})`, async () => {
  const p = project();
  await p.load('/', workers);
  const before = readPaperBody(p.entries.get(LI)!).html;
  writeFileSync(join(p.root, 'content/papers/broken.md'), '---\ntitle: "unterminated\nauthor: [\n---\n\nText.\n');
  // A good paper changes too, so that two rendering processes get work.
  writeFileSync(join(p.root, 'content/papers/good.md'), readFileSync(join(p.root, 'content/papers', `${LI}.md`), 'utf8'));
  await assert.rejects(p.load('/', workers), { message: /content\/papers\/broken\.md:4: unexpected end of the stream within a double quoted scalar$/ });
  assert.equal(p.entries.has('broken'), false);
  assert.equal(readPaperBody(p.entries.get(LI)!).html, before);
  p.cleanup();
});

test('a YAML mistake is reported at its line of the file', async () => {
  const p = project();
  writeFileSync(join(p.root, 'content/papers/twice.md'), '---\ntitle: One\ntitle: Two\n---\n\nText.\n');
  await assert.rejects(p.load('/', 1), { message: /content\/papers\/twice\.md:3: duplicated mapping key$/ });
  p.cleanup();
});

for (const workers of [1, 2]) test(`a bug while rendering a paper is one line naming it, its stack in a log file (${workers === 1 ? 'rendered here' : 'rendering processes'})`, async () => {
  const p = project();
  const cwd = process.cwd();
  process.env.FOLIO_INJECT_FAULT = `${LI}.md`;
  process.chdir(p.root);
  try {
    await assert.rejects(p.load('/', workers), (error: Error) => {
      assert.match(error.message, new RegExp(`content/papers/${LI}\\.md: internal error while rendering this paper: TypeError: a fault injected for a test .*; this is a bug in Folio, not a problem with the file; the details are in (\\S+\\.log)$`));
      assert.equal(error.stack, error.message, 'no stack for the build to print');
      const log = /the details are in (\S+\.log)$/.exec(error.message)![1]!;
      assert.match(readFileSync(join(p.root, log), 'utf8'), /TypeError: a fault injected[\s\S]*\n\s+at /);
      return true;
    });
  } finally {
    delete process.env.FOLIO_INJECT_FAULT;
    process.chdir(cwd);
    p.cleanup();
  }
});
