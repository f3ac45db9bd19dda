import assert from 'node:assert/strict';
import { test } from 'node:test';
import { citedBy, citingPapers, citingPassages, labelledPassages } from '../../src/lib/backlinks.ts';
import type { PaperFrontmatter } from '../../src/model/schema.ts';

const citation = (ref: string, block: string, text: string) => ({ text, ref, kind: 'narrative', number: null, block, cited_on: 43 as number | null, context: `context of ${block}` });
const paper = (id: string, citations: ReturnType<typeof citation>[]) => ({ id, data: { id, title: id.toUpperCase(), author: [], citations } as unknown as PaperFrontmatter });

test('a sentence that cites a work twice is one passage, listed at its first citation', () => {
  const index = citedBy([
    paper('li', [citation('gereffi', 'b4', 'Gereffi and Korzeniewicz in 1994'), citation('gereffi', 'b4', '(Gereffi & Korzeniewicz, 1994)'), citation('gereffi', 'b9', '(Gereffi, 1994)')]),
    paper('zhang', [citation('gereffi', 'b4', '(Gereffi & Korzeniewicz, 1994)')]),
  ]);
  const places = index.get('gereffi')!;
  assert.equal(places.length, 4, 'every citation is kept for the counts');
  assert.deepEqual(
    citingPassages(places).map((p) => [p.paperId, p.citation.block, p.citation.text]),
    [
      ['li', 'b4', 'Gereffi and Korzeniewicz in 1994'],
      ['li', 'b9', '(Gereffi, 1994)'],
      ['zhang', 'b4', '(Gereffi & Korzeniewicz, 1994)'],
    ],
  );
});

test('passages of one paper on one page are told apart by paragraph; one line a paper keeps the first place', () => {
  const onPage = (ref: string, block: string, page: number | null) => ({ ...citation(ref, block, '(X, 2020)'), cited_on: page });
  const places = citedBy([paper('li', [onPage('x', 'b2', 43), onPage('x', 'b5', 43), onPage('x', 'b9', 52)]), paper('zhang', [onPage('x', 'b3', null)])]).get('x')!;
  assert.deepEqual(
    labelledPassages(places).map((p) => [p.paperId, p.label]),
    [
      ['li', 'p. 43 (¶ 2)'],
      ['li', 'p. 43 (¶ 5)'],
      ['li', 'p. 52'],
      ['zhang', '¶ 3'],
    ],
  );
  assert.deepEqual(
    citingPapers(places).map((p) => [p.paperId, p.citation.block]),
    [
      ['li', 'b2'],
      ['zhang', 'b3'],
    ],
  );
});
