import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatCitations } from '../../../src/ingest/write/cite-formats.ts';
import type { PaperMeta } from '../../../src/model/schema.ts';

const li: PaperMeta = {
  id: 'li-2026-impact',
  type: 'article-journal',
  title: 'The Impact of Artificial Intelligence and Robotics on International Trade',
  author: [{ family: 'Li', given: 'Ting' }],
  'container-title': 'The Journal of Economic Sciences: Theory and Practice',
  volume: '83',
  issue: '1',
  issued: { 'date-parts': [[2026]] },
  page: '40-57',
  language: 'en',
};

test('a journal article in APA, Chicago and MLA, with BibTeX and RIS records', () => {
  const [f] = formatCitations([li]);
  assert.equal(
    f!.apa,
    'Li, T. (2026). The Impact of Artificial Intelligence and Robotics on International Trade. <i>The Journal of Economic Sciences: Theory and Practice</i>, <i>83</i>(1), 40–57.',
  );
  assert.match(f!.chicago ?? '', /^Li, Ting\. 2026\. “The Impact .*Trade\.” <i>The Journal of Economic Sciences: Theory and Practice<\/i> 83 \(1\): 40–57\.$/);
  assert.match(f!.mla ?? '', /vol\. 83, no\. 1, 2026, pp\. 40–57\.$/);
  assert.match(f!.bibtex ?? '', /^@article\{/);
  assert.match(f!.bibtex ?? '', /pages = \{40--57\}/);
  assert.match(f!.ris ?? '', /^TY {2}- JOUR\n/);
  assert.match(f!.ris ?? '', /\nVL {2}- 83\n/);
});

test('papers by one author in one year are each cited on their own, with no "2026a" between them', () => {
  const other: PaperMeta = { ...li, id: 'li-2026-other', title: 'Another Paper of the Same Year' };
  const undated = (id: string, title: string): PaperMeta => ({ id, type: 'webpage', title, author: [{ family: 'Zhang', given: 'Lijuan' }], language: 'en' });
  const formats = formatCitations([li, other, undated('zhang-a', 'First'), undated('zhang-b', 'Second')]);
  assert.match(formats[0]!.apa ?? '', /^Li, T\. \(2026\)\. The Impact/);
  assert.match(formats[1]!.apa ?? '', /^Li, T\. \(2026\)\. Another Paper/);
  assert.match(formats[2]!.apa ?? '', /^Zhang, L\. \(n\.d\.\)\. <i>First<\/i>\.$/);
  assert.match(formats[3]!.apa ?? '', /^Zhang, L\. \(n\.d\.\)\. <i>Second<\/i>\.$/);
  for (const f of formats) assert.doesNotMatch(`${f.apa} ${f.chicago} ${f.mla}`, /\d{4}[a-z]\b|n\.d\.-[a-z]/);
});

test('formats come back in the order of the papers given', () => {
  const b: PaperMeta = { ...li, id: 'b', title: 'Aardvark Studies', author: [{ family: 'Zhou', given: 'Wei' }] };
  const [first, second] = formatCitations([b, li]);
  assert.match(first!.apa ?? '', /^Zhou, W\./);
  assert.match(second!.apa ?? '', /^Li, T\./);
});

test('metadata citeproc cannot print gives the formats that can be made, never a crash', () => {
  const bare: PaperMeta = { id: 'bare', type: 'article', author: [], language: 'en' };
  const odd: PaperMeta = { id: 'odd', type: 'article', title: 'Odd Dates', author: [{ family: '‮' }], issued: { 'date-parts': [[999999999, 13, 45]] }, language: 'en' };
  const formats = formatCitations([bare, odd, li]);
  assert.equal(formats.length, 3);
  // What could be made is there; the rest is absent, not an empty string.
  for (const f of formats) for (const text of Object.values(f)) assert.ok(typeof text === 'string' && text.length > 0);
  assert.match(formats[0]!.ris ?? '', /^TY {2}- JOUR/);
  assert.match(formats[1]!.apa ?? '', /Odd Dates/);
  assert.match(formats[2]!.apa ?? '', /^Li, T\. \(2026\)/);
});

test('APA gives the title in sentence case, names kept; RIS gives the page range as SP and EP', () => {
  const [f] = formatCitations([{ ...li, 'folio-apa-title': 'The impact of artificial intelligence and robotics on international trade' } as PaperMeta]);
  assert.match(f!.apa ?? '', /^Li, T\. \(2026\)\. The impact of artificial intelligence and robotics on international trade\. <i>The Journal/);
  assert.match(f!.chicago ?? '', /“The Impact of Artificial Intelligence/, 'Chicago keeps headline case');
  assert.match(f!.ris ?? '', /\nSP {2}- 40\nEP {2}- 57\n/);
  assert.doesNotMatch(f!.ris ?? '', /SP {2}- 40-57/);
});
