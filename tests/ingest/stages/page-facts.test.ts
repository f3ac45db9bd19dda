/**
 * What a page's labelled header lines say of its authors (pageFacts, after the
 * line classifier): a byline that gives a name with a role and a place, and a
 * header block's "Citation:" line. Lines in our own words (names invented), in
 * the shapes of tests/corpus/web/conversation-en-1's byline (layout
 * web-conversation), pdf/mdpi-su-p1's "Citation:" header (pdf-mdpi), the head
 * line of refs/bmc-kowalczyk-p10 (refs-bmc-vancouver-twocol) and the journal
 * line of pdf/csp-fiocruz-p2 (pdf-csp-fiocruz): all tuning layouts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LineLabel } from '../../../src/ingest/stages/line-model.ts';
import { toBodyLine } from '../../../src/ingest/stages/page.ts';
import { pageFacts } from '../../../src/ingest/stages/page-facts.ts';

function facts(lines: [text: string, label: LineLabel | undefined][]) {
  return pageFacts(
    lines.map(([text], i) => toBodyLine({ number: i + 1, text })),
    lines.map(([, label]) => label),
  ).facts;
}

test('a byline with a role and a place gives the name before them; an affiliation line alone gives none', () => {
  assert.deepEqual(facts([['Priya Nair, Lecturer in School Policy, University of Bristol', 'byline'], ['Why hot exam halls cost the poorest students most', 'title']]).authors, [{ family: 'Nair', given: 'Priya' }]);
  assert.equal(facts([['Department of Economics, University of Bristol', 'byline']]).authors, undefined);
});

test("a header block's 'Citation:' line gives the authors as a reference lists them, when no byline does", () => {
  const header: [string, LineLabel][] = [
    ['Citation: Haddad, R.; Mensah, K.', 'front-matter'],
    ['Exam Heat and Student Marks:', 'front-matter'],
    ['Received: 2 March 2024', 'front-matter'],
  ];
  assert.deepEqual(facts(header).authors, [{ family: 'Haddad', given: 'R.' }, { family: 'Mensah', given: 'K.' }]);
  assert.deepEqual(facts([...header, ['Rana Haddad and Kofi Mensah', 'byline']]).authors, [{ family: 'Haddad', given: 'Rana' }, { family: 'Mensah', given: 'Kofi' }], 'the byline first');
});

test("a journal line's name: without the authors a head line puts before it, and not cut at a capital before an accented letter", () => {
  assert.equal(facts([['Nkosi et al. BMC Rural Health (2025) 31:88 Page 4 of 9', 'journal-line']]).journal?.containerTitle, 'BMC Rural Health');
  assert.equal(facts([['A. Nkosi and B. Dlamini Rural Economics Review 14 (2025) 220–231', 'journal-line']]).journal?.containerTitle, 'Rural Economics Review');
  assert.equal(facts([['Cad. Saúde Pública 2024; 40(3): e00123', 'journal-line']]).journal?.containerTitle, 'Cad. Saúde Pública');
});
