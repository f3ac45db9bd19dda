import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { indexSite, partsOf, searchablePages } from '../../src/build/search-index.ts';

function site(): string {
  const dist = mkdtempSync(join(tmpdir(), 'folio-index-'));
  const page = (path: string, body: string) => {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), `<!doctype html><html lang="en"><head><title>${body}</title></head><body><main data-pagefind-body><h1>${body}</h1><p>${body} reshoring.</p></main></body></html>`);
  };
  for (const id of ['a', 'b', 'c']) page(`papers/${id}/index.html`, `Paper ${id}`);
  page('papers/a/source/index.html', 'Source of a');
  page('references/lund-2018/index.html', 'Lund 2018');
  page('references/by-author/index.html', 'Works by author');
  page('glossary/reshoring/index.html', 'Reshoring');
  page('graph/nodes/2/index.html', 'Nodes');
  return dist;
}

test('search reads the concepts, the works with pages and the papers, and nothing else', () => {
  assert.deepEqual(searchablePages(site()), ['glossary/reshoring/index.html', 'references/lund-2018/index.html', 'papers/a/index.html', 'papers/b/index.html', 'papers/c/index.html']);
  assert.deepEqual(partsOf([1, 2, 3, 4, 5], 2), [[1, 2], [3, 4], [5]]);
  assert.deepEqual(partsOf([], 2), [[]]);
});

test('a site indexed in parts: each part a bundle of its own, the first listing the others, nothing left half-written', async () => {
  const dist = site();
  // In a log (not a terminal): one line a part.
  const log: string[] = [];
  assert.deepEqual(await indexSite(dist, { pagesPerIndex: 2, progress: { isTTY: false, write: (t: string) => log.push(t) } }), { pages: 5, parts: 3 });
  assert.deepEqual(log.map((l) => l.replace(/\([\d.]+ s\)/, '(s)')), ['search index: part 1 of 3, 2 pages (s)\n', 'search index: part 2 of 3, 2 pages (s)\n', 'search index: part 3 of 3, 1 pages (s)\n']);
  assert.deepEqual(JSON.parse(readFileSync(join(dist, 'pagefind/folio-parts.json'), 'utf8')), ['pagefind-parts/2/', 'pagefind-parts/3/']);
  for (const part of ['pagefind', 'pagefind-parts/2', 'pagefind-parts/3']) {
    const entry = JSON.parse(readFileSync(join(dist, part, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    assert.equal(entry.languages.en!.page_count, part === 'pagefind-parts/3' ? 1 : 2, part);
  }
  assert.ok(!existsSync(join(dist, '.pagefind-staging')));
  // Indexed again in one part: the old parts go.
  assert.deepEqual(await indexSite(dist), { pages: 5, parts: 1 });
  assert.deepEqual(JSON.parse(readFileSync(join(dist, 'pagefind/folio-parts.json'), 'utf8')), []);
  assert.ok(!existsSync(join(dist, 'pagefind-parts')));
  assert.equal(readdirSync(join(dist, 'pagefind/fragment')).length, 5, 'a fragment a page');
});

test('indexing a folder with no built site says so, naming it, without a stack trace', () => {
  const empty = mkdtempSync(join(tmpdir(), 'folio-no-site-'));
  const run = spawnSync(process.execPath, [join(import.meta.dirname, '../../src/build/search-index.ts'), empty], { encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.equal(run.stderr, `search index: ${empty} holds no built site (run \`astro build\` first, or npm run build)\n`);
});
