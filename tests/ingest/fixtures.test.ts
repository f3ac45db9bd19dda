/**
 * Pages the ingest was not written against: each fixture page in
 * tests/fixtures/pages/ comes with an .expect.json saying what a careful
 * reader finds on it (metadata, furniture, headings, lists, citations, terms
 * and phrases that must or must not survive cleaning).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ingest } from '../../src/ingest/pipeline.ts';
import { FIXTURES, fixtureFiles } from '../helpers/corpus.ts';

interface Expect {
  kind: string;
  page: number | null;
  title: string | null;
  authors: { family: string; given?: string }[];
  'container-title': string | null;
  volume: string | null;
  issue: string | null;
  year: string | number | null;
  page_range: string | null;
  dropped_reasons_include: string[];
  headings: string[];
  list_items: string[];
  citations: { text: string; authors: string[]; year: string | null; number: number | null; page: string | null }[];
  terms: { term: string; kind: string; expansion: string | null }[];
  must_contain: string[];
  must_not_contain: string[];
  paragraph_starts?: string[];
}

for (const file of fixtureFiles()) {
  const expected = JSON.parse(readFileSync(join(FIXTURES, file.name.replace(/\.txt$/, '.expect.json')), 'utf8')) as Expect;
  describe(`fixture ${file.name}`, () => {
    const [paper] = ingest([file]).papers;
    assert.ok(paper);
    const text = paper.blocks.map((b) => b.text).join('\n');

    test('metadata', () => {
      assert.equal(paper.pages[0]!.kind, expected.kind);
      assert.equal(paper.pages[0]!.number, expected.page);
      assert.equal(paper.title ?? null, expected.title);
      assert.deepEqual(paper.author, expected.authors);
      assert.equal(paper['container-title'] ?? null, expected['container-title']);
      assert.equal(paper.volume ?? null, expected.volume);
      assert.equal(paper.issue ?? null, expected.issue);
      assert.equal(paper.issued?.['date-parts'][0]?.[0] ?? null, expected.year === null ? null : Number(expected.year));
      assert.equal(paper.page ?? null, expected.page_range);
    });

    test('furniture removed, line by line', () => {
      const dropped = paper.dropped.map((d) => d.line);
      for (const description of expected.dropped_reasons_include) {
        const line = description.slice(description.indexOf(': ') + 2).trim();
        assert.ok(dropped.includes(line), `removed: ${line}\n  got: ${dropped.join(' | ')}`);
      }
    });

    test('headings and list items', () => {
      assert.deepEqual(paper.blocks.filter((b) => b.type === 'heading').map((b) => b.text), expected.headings);
      assert.deepEqual(paper.blocks.filter((b) => b.type === 'list-item').map((b) => b.text), expected.list_items);
    });

    test('citations', () => {
      const got = paper.citations.map((c) => ({ text: c.text, authors: c.authors, year: c.year, number: c.number, page: c.page }));
      for (const c of expected.citations) assert.ok(got.some((g) => JSON.stringify(g) === JSON.stringify(c)), `citation ${JSON.stringify(c)}\n  got: ${JSON.stringify(got)}`);
      assert.equal(got.length, expected.citations.length, `citations found: ${JSON.stringify(got)}`);
    });

    test('terms', () => {
      for (const t of expected.terms) {
        assert.ok(
          paper.terms.some((g) => g.term === t.term && g.kind === t.kind && g.expansion === t.expansion),
          `term ${JSON.stringify(t)}\n  got: ${JSON.stringify(paper.terms)}`,
        );
      }
    });

    test('cleaned text keeps what it must and drops what it must', () => {
      for (const phrase of expected.must_contain) assert.ok(text.includes(phrase), `contains: ${phrase}`);
      for (const phrase of expected.must_not_contain) assert.ok(!text.includes(phrase), `does not contain: ${phrase}`);
      for (const start of expected.paragraph_starts ?? []) {
        assert.ok(paper.blocks.some((b) => b.text.startsWith(start)), `a block starts with: ${start}`);
      }
    });
  });
}
