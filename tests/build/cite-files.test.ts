/**
 * The exported BibTeX, RIS and CSL-JSON of each paper parse with an
 * independent parser (citation-js's input plugins) and give back the
 * paper's metadata.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { CITE_FILES } from '../../src/build/cite-files.ts';
import { ingest } from '../../src/ingest/pipeline.ts';
import { toFrontmatter } from '../../src/model/schema.ts';
import { seedFiles } from '../helpers/corpus.ts';

const papers = ingest(seedFiles()).papers;
const li = papers.find((p) => p.author[0]?.family === 'Li')!;

for (const ext of ['bib', 'ris', 'json'] as const) {
  test(`${ext}: parses and round-trips Li Ting's metadata`, () => {
    const text = CITE_FILES[ext].body(li.id, toFrontmatter(li)) ?? '';
    const [item] = new Cite(ext === 'json' ? JSON.parse(text) : text).data as Record<string, unknown>[];
    assert.ok(item);
    assert.equal(String(item.title).replace(/\s+/g, ' '), li.title);
    assert.deepEqual((item.author as { family: string; given: string }[]).map((a) => [a.family, a.given]), [['Li', 'Ting']]);
    assert.equal(item['container-title'], 'The Journal of Economic Sciences: Theory and Practice');
    assert.equal(String(item.volume), '83');
    assert.equal(String(item.issue), '1');
    assert.equal((item.issued as { 'date-parts': number[][] })['date-parts'][0]![0], 2026);
    assert.match(String(item.page), /^40[-–]57$/);
  });
}

test("the web article's files carry no journal or year it does not have", () => {
  const zhang = papers.find((p) => p.author[0]?.family === 'Zhang')!;
  const [item] = new Cite(CITE_FILES.bib.body(zhang.id, toFrontmatter(zhang))).data as Record<string, unknown>[];
  assert.equal(item!['container-title'], undefined);
  assert.equal(item!.issued, undefined);
});
