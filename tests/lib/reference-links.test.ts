import assert from 'node:assert/strict';
import { test } from 'node:test';
import { outboundLinks, paperForReference } from '../../src/lib/reference-links.ts';
import type { Reference } from '../../src/model/schema.ts';

const known: Reference = { key: 'k', type: 'article-journal', author: [{ family: 'Calatayud', given: 'Ana' }], title: 'Robots and Relocation', DOI: '10.5555/r.1', issued: { 'date-parts': [[2025]] }, label: 'Calatayud, 2025', incomplete: false };
const bare: Reference = { key: 'b', type: 'document', author: [{ family: 'Calatayud' }], issued: { 'date-parts': [[2025]] }, label: 'Calatayud, 2025', incomplete: true };

test('a work with a DOI leads to it first; every work can be searched for by what is known of it', () => {
  const links = outboundLinks(known);
  assert.equal(links[0]!.href, 'https://doi.org/10.5555/r.1');
  assert.ok(links.some((l) => l.label === 'Google Scholar' && l.href.includes('Robots%20and%20Relocation')));
  const search = outboundLinks(bare);
  assert.deepEqual(search.map((l) => l.label), ['Google Scholar', 'Crossref', 'OpenAlex']);
  assert.ok(search[0]!.href.endsWith('q=Calatayud%202025'));
});

test('a cited work that is a paper of the collection is found by first author, year and title', () => {
  const papers = [
    { id: 'calatayud-2025-robots', data: { title: 'Robots and Relocation in Asia', author: [{ family: 'Calatayud', given: 'Ana' }], issued: { 'date-parts': [[2025]] } } },
    { id: 'other', data: { title: 'Something Else', author: [{ family: 'Calatayud' }], issued: { 'date-parts': [[2024]] } } },
  ];
  assert.equal(paperForReference(known, papers), 'calatayud-2025-robots');
  assert.equal(paperForReference({ ...known, title: 'A Different Study Entirely' }, papers), undefined);
  assert.equal(paperForReference(bare, papers), 'calatayud-2025-robots', 'no title to disagree: author and year decide');
});
