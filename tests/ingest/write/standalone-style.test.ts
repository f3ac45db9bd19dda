/**
 * A style cut down for one entry formats every kind of paper exactly as the
 * full style does when that paper is its bibliography's only entry.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { standaloneStyle } from '../../../src/ingest/write/standalone-style.ts';

const csl = plugins.config.get('@csl');
const FULL = {
  apa: csl.styles.get('apa') as string,
  chicago: readFileSync(join(import.meta.dirname, '../../../src/ingest/write/csl/chicago-author-date.csl'), 'utf8'),
  mla: readFileSync(join(import.meta.dirname, '../../../src/ingest/write/csl/modern-language-association.csl'), 'utf8'),
};

const names = (...families: string[]) => families.map((family, i) => ({ family, given: `G${'abcdefghijklmnopqrstuvwxyz'[i % 26]}.` }));
const ITEMS: Record<string, unknown>[] = [
  { id: 'article', type: 'article-journal', title: 'The Impact of Artificial Intelligence on Trade', author: [{ family: 'Li', given: 'Ting' }], 'container-title': 'The Journal of Economic Sciences: Theory and Practice', volume: '83', issue: '1', page: '40-57', issued: { 'date-parts': [[2026]] }, language: 'en' },
  { id: 'web', type: 'webpage', title: 'Global Industrial and Supply Chain Restructuring', author: [{ family: 'Zhang', given: 'Lijuan' }], URL: 'https://example.org/a', language: 'en' },
  { id: 'book', type: 'book', title: 'Commodity Chains and Global Capitalism', author: names('Gereffi', 'Korzeniewicz'), publisher: 'Praeger', issued: { 'date-parts': [[1994]] }, language: 'en' },
  { id: 'no-author', type: 'report', title: 'World Investment Report', publisher: 'UNCTAD', issued: { 'date-parts': [[2023, 6, 5]] }, language: 'en' },
  { id: 'many', type: 'article-journal', title: 'Twenty-two Authors', author: names(...Array.from({ length: 22 }, (_, i) => `Author${String.fromCharCode(65 + i)}`)), 'container-title': 'Science', issued: { 'date-parts': [[2019]] }, language: 'en' },
  { id: 'four', type: 'article-journal', title: 'Four Authors', author: names('Frey', 'Osborne', 'Rahbari', 'Calatayud'), 'container-title': 'Harvard Business Review', issued: { 'date-parts': [[2017]] }, language: 'en' },
  { id: 'particles', type: 'chapter', title: 'Particles', author: [{ family: 'Berg', given: 'Jan', 'non-dropping-particle': 'van den' }, { literal: 'World Trade Organization' }], 'container-title': 'Handbook', page: '5', language: 'en' },
  { id: 'undated', type: 'document', title: 'Working Paper', author: [{ family: 'Zhang', given: 'Lijuan' }], language: 'zh' },
];

function formatAlone(xml: string, name: string, item: Record<string, unknown>): string {
  csl.styles.add(name, xml);
  const engine = csl.engine([item], name, 'en-US', 'html');
  engine.updateItems([String(item.id)]);
  return engine.makeBibliography()[1][0] as string;
}

for (const [style, xml] of Object.entries(FULL)) {
  test(`${style}: one entry reads the same in the cut-down style as in the full one`, () => {
    const lean = standaloneStyle(xml);
    assert.doesNotMatch(lean.slice(lean.indexOf('<bibliography')), /<sort>/);
    for (const item of ITEMS) assert.equal(formatAlone(lean, `test-lean-${style}`, item), formatAlone(xml, `test-full-${style}`, item), `${style}: ${item.id}`);
  });
}

test('a style without a <citation> is refused rather than passed on broken', () => {
  assert.throws(() => standaloneStyle('<style><bibliography><layout/></bibliography></style>'), /no <citation>/);
});
