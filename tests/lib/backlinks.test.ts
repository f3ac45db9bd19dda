import assert from 'node:assert/strict';
import { test } from 'node:test';
import { citedBy, citingPassages } from '../../src/lib/backlinks.ts';
import type { PaperFrontmatter } from '../../src/model/schema.ts';

const citation = (ref: string, block: string, text: string) => ({ text, ref, kind: 'narrative', number: null, block, cited_on: 43, context: `context of ${block}` });
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
