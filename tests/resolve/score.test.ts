import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CslWork } from '../../src/resolve/csl.ts';
import type { Wanted } from '../../src/resolve/references.ts';
import { authorOverlap, DEFAULT_THRESHOLD, scoreCandidate, titleSimilarity, words, yearAgreement } from '../../src/resolve/score.ts';

const ref: Wanted = {
  key: 'okafor-lindqvist-2019',
  label: 'Okafor & Lindqvist, 2019',
  title: 'Tidal Ledgers: Port Finance in the Baltic',
  author: [{ family: 'Okafor' }, { family: 'Lindqvist' }],
  issued: { 'date-parts': [[2019]] },
};

const work = (title: string, families: string[], year: number, extra: Partial<CslWork> = {}): CslWork => ({
  type: 'article-journal',
  title,
  author: families.map((family) => ({ family })),
  issued: { 'date-parts': [[year]] },
  ...extra,
});

test('titles compare as normalised words: case, accents, punctuation and apostrophes do not count', () => {
  assert.deepEqual(words('Industrial Policy: It Doesn’t Work'), ['industrial', 'policy', 'it', 'doesnt', 'work']);
  assert.equal(titleSimilarity('Industrial Policy: It Doesn’t Work', "industrial policy - it doesn't work"), 1);
  assert.equal(titleSimilarity('Économie des Ports', 'economie des ports'), 1);
  assert.equal(titleSimilarity('Tidal Ledgers', 'Tidal Ledgers: Port Finance in the Baltic, 1870–1914'), 1, 'a citation that drops the subtitle');
  assert.ok(titleSimilarity('Industrial Policy: It Doesn’t Work', 'Industrial Policy: A New Hope') < 0.6, 'same main title, other subtitle');
  assert.equal(titleSimilarity('Tidal Ledgers', 'Soil Microbes in Alpine Meadows'), 0);
});

test('authors: the share of cited family names found, less when the first author differs', () => {
  assert.equal(authorOverlap(['Okafor', 'Lindqvist'], [{ family: 'Okafor' }, { family: 'Lindqvist' }, { family: 'Berg' }]), 1);
  assert.equal(authorOverlap(['Okafor', 'Lindqvist'], [{ family: 'Okafor' }]), 0.5);
  assert.equal(authorOverlap(['Okafor', 'Lindqvist'], [{ family: 'Lindqvist' }, { family: 'Okafor' }]), 0.8);
  assert.equal(authorOverlap(['Bērziņa'], [{ family: 'Berzina' }]), 1, 'accents');
  assert.equal(authorOverlap(['Berg'], [{ family: 'van der Berg' }]), 1, 'a particle split off');
  assert.equal(authorOverlap(['Li'], [{ family: 'Bali' }]), 0, 'not any name that ends the same');
  assert.equal(authorOverlap(['Okafor'], []), 0);
});

test('year: same 1, one year apart 0.5, further 0', () => {
  assert.deepEqual([yearAgreement(2019, 2019), yearAgreement(2019, 2020), yearAgreement(2019, 2016), yearAgreement(2019, undefined)], [1, 0.5, 0, 0]);
});

test('confidence orders candidates: the right work, then a near miss, then the same authors, then strangers', () => {
  const right = scoreCandidate(ref, work('Tidal Ledgers: Port Finance in the Baltic', ['Okafor', 'Lindqvist'], 2019)).confidence;
  const printedLater = scoreCandidate(ref, work('Tidal Ledgers: Port Finance in the Baltic', ['Okafor', 'Lindqvist'], 2020)).confidence;
  const oneAuthor = scoreCandidate(ref, work('Tidal ledgers: port finance in the Baltic', ['Okafor'], 2019)).confidence;
  const sameAuthors = scoreCandidate(ref, work('Harbour Dues and the Hanseatic Afterlife', ['Okafor', 'Lindqvist'], 2019)).confidence;
  const similarTitle = scoreCandidate(ref, work('Ledgers of the Tide: Shipping Credit in Riga', ['Bērziņa'], 2019)).confidence;
  const stranger = scoreCandidate(ref, work('Soil Microbes in Alpine Meadows', ['Hu'], 2016)).confidence;
  assert.equal(right, 1);
  assert.ok(right > printedLater && printedLater > oneAuthor && oneAuthor > sameAuthors, `${right} ${printedLater} ${oneAuthor} ${sameAuthors}`);
  assert.ok(printedLater >= DEFAULT_THRESHOLD && oneAuthor >= DEFAULT_THRESHOLD, 'still accepted by --yes');
  assert.ok(sameAuthors < DEFAULT_THRESHOLD && similarTitle < sameAuthors && stranger < similarTitle, `${sameAuthors} ${similarTitle} ${stranger}`);
  assert.equal(stranger, 0);
});

test('a work known only by authors and year is matchable, but never sure enough for --yes', () => {
  const quell: Wanted = { key: 'quell-2020', label: 'Quell, 2020', author: [{ family: 'Quell' }], issued: { 'date-parts': [[2020]] } };
  const match = scoreCandidate(quell, work('Salt Roads and Caravan Credit in the Sahel', ['Quell'], 2020));
  const other = scoreCandidate(quell, work('Notes on Caravan Insurance', ['Quellmalz'], 2020));
  assert.equal(match.confidence, 0.7);
  assert.equal(match.evidence.title, null, 'no title to compare');
  assert.ok(other.confidence < match.confidence);
  assert.ok(match.confidence < DEFAULT_THRESHOLD);
});

test('a candidate with the DOI the reference gives is that work, unless its title plainly disagrees', () => {
  const withDoi: Wanted = { ...ref, DOI: '10.5555/JMEH.2019.0142' };
  assert.equal(scoreCandidate(withDoi, work('Tidal Ledgers', ['Okafor'], 2018, { DOI: '10.5555/jmeh.2019.0142' })).confidence, 1);
  assert.ok(scoreCandidate(withDoi, work('Soil Microbes in Alpine Meadows', ['Hu'], 2019, { DOI: '10.5555/jmeh.2019.0142' })).confidence < 0.5);
});

test('the figures docs/resolving-references.md gives for the default threshold', () => {
  const title = 'Tidal Ledgers: Port Finance in the Baltic';
  const score = (r: Wanted, w: CslWork) => scoreCandidate(r, w).confidence;
  assert.equal(score(ref, work(title, ['Okafor', 'Lindqvist'], 2020)), 0.925, 'year one off');
  assert.equal(score(ref, work(title, ['Okafor'], 2019)), 0.875, 'half the authors');
  assert.equal(score({ ...ref, author: undefined }, work(title, ['Okafor'], 2019)), 0.875, 'cited without authors');
  assert.equal(score(ref, work('Harbour Dues', ['Okafor', 'Lindqvist'], 2019)), 0.4, 'other title, same authors');
  assert.equal(score(ref, work(title, ['Hu'], 2019)), 0.75, 'right title, other authors');
  assert.equal(score({ ...ref, title: 'Tidal Ledgers of Baltic Ports' }, work('Tidal Ledgers of Baltic Towns', ['Okafor', 'Lindqvist'], 2019)), 0.85, 'three quarters of the words');
});
