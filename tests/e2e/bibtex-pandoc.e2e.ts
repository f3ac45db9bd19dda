/**
 * The BibTeX Folio offers ("Cite this paper", a download named <id>.bib) read
 * back by pandoc, a BibTeX reader independent of citation-js, which wrote it:
 * every field the paper's CSL-JSON download has must come back the same. The
 * files are read from the links of the built pages, as a browser downloads them.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../helpers/corpus.ts';

const dist = process.env.FOLIO_OUT ?? join(ROOT, 'dist');
const papers = join(dist, 'papers');
const downloads = mkdtempSync(join(tmpdir(), 'folio-downloads-'));
/** Every paper page's download links, saved under their names. */
for (const id of readdirSync(papers, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)) {
  const html = readFileSync(join(papers, id, 'index.html'), 'utf8');
  for (const [, href, name] of html.matchAll(/<a href="(data:[^"]*)" download="([^"]+)"/g)) {
    writeFileSync(join(downloads, name!), decodeURIComponent(href!.slice(href!.indexOf(',') + 1).replaceAll('&amp;', '&')));
  }
}
const bibFiles = readdirSync(downloads).filter((f) => f.endsWith('.bib'));

test('there is a BibTeX file for every paper', () => {
  assert.ok(bibFiles.length >= 2, bibFiles.join(', '));
});

for (const file of bibFiles) {
  test(`pandoc reads ${file} as the paper's own metadata`, () => {
    const fromPandoc = JSON.parse(execFileSync('pandoc', ['-f', 'bibtex', '-t', 'csljson', join(downloads, file)], { encoding: 'utf8' })) as Record<string, unknown>[];
    assert.equal(fromPandoc.length, 1);
    const [read] = fromPandoc;
    const own = JSON.parse(readFileSync(join(downloads, file.replace(/\.bib$/, '.json')), 'utf8')) as Record<string, unknown> | Record<string, unknown>[];
    const item = Array.isArray(own) ? own[0]! : own;
    for (const field of ['title', 'container-title', 'volume', 'issue', 'publisher'] as const) {
      if (item[field] !== undefined) assert.equal(read![field], item[field], field);
    }
    assert.deepEqual(read!.author, item.author, 'authors');
    if (item.page !== undefined) assert.equal(String(read!.page).replace(/–/g, '-'), String(item.page).replace(/–/g, '-'), 'pages');
    const year = (d: unknown) => (d as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0]?.[0];
    assert.equal(year(read!.issued), year(item.issued), 'year');
    if (item.type === 'article-journal') assert.equal(read!.type, 'article-journal');
  });
}
