import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCitations } from '../../../src/ingest/stages/citations.ts';

const PAPER = 'zhang-2026-supply-chain';
const find = (text: string, known?: ReadonlySet<string>) => findCitations(text, PAPER, known);
/** Each citation's span must be exactly its printed text. */
function spansMatch(text: string, found: ReturnType<typeof findCitations>) {
  for (const c of found) assert.equal(text.slice(c.start, c.end), c.text);
}

test('a parenthetical citation with three authors', () => {
  const text = 'Tariffs rose again (Liu, Kuang, & Wang, 2024).';
  const found = find(text);
  assert.equal(found.length, 1);
  assert.deepEqual(
    { text: found[0]!.text, kind: found[0]!.kind, authors: found[0]!.authors, year: found[0]!.year, page: found[0]!.page },
    { text: '(Liu, Kuang, & Wang, 2024)', kind: 'parenthetical', authors: ['Liu', 'Kuang', 'Wang'], year: '2024', page: null },
  );
  spansMatch(text, found);
});

test('two works in one parenthesis are two citations, each with its own span', () => {
  const text = 'Robots replace routine jobs (Frey and Rahbari 2016, Frey and Osborne 2017).';
  const found = find(text);
  assert.deepEqual(
    found.map((c) => [c.text, c.authors, c.year, c.ref]),
    [
      ['Frey and Rahbari 2016', ['Frey', 'Rahbari'], '2016', 'frey-rahbari-2016'],
      ['Frey and Osborne 2017', ['Frey', 'Osborne'], '2017', 'frey-osborne-2017'],
    ],
  );
  spansMatch(text, found);
});

test('works separated by a semicolon, one with "et al."', () => {
  const text = 'Costs were passed on (Fajgelbaum et al., 2020; Flaaen and Pierce 2019).';
  const found = find(text);
  assert.deepEqual(
    found.map((c) => [c.text, c.authors, c.year, c.ref]),
    [
      ['Fajgelbaum et al., 2020', ['Fajgelbaum'], '2020', 'fajgelbaum-et-al-2020'],
      ['Flaaen and Pierce 2019', ['Flaaen', 'Pierce'], '2019', 'flaaen-pierce-2019'],
    ],
  );
  spansMatch(text, found);
});

test('a lead-in and a page locator inside the parenthesis', () => {
  const found = find('Trust mattered as much as wages (see Baldwin, 2016, p. 45).');
  assert.deepEqual(
    found.map((c) => [c.text, c.page, c.ref]),
    [['(see Baldwin, 2016, p. 45)', '45', 'baldwin-2016']],
  );
});

test('a narrative citation "Krugman (1980)"', () => {
  const text = 'Krugman (1980) showed that scale economies matter.';
  const found = find(text);
  assert.deepEqual(
    found.map((c) => [c.text, c.kind, c.authors, c.year, c.ref]),
    [['Krugman (1980)', 'narrative', ['Krugman'], '1980', 'krugman-1980']],
  );
  spansMatch(text, found);
  assert.deepEqual(
    find('In this model, Krugman (1980) showed it.').map((c) => c.text),
    ['Krugman (1980)'],
  );
});

test('a narrative citation after a capitalised opening word', () => {
  assert.deepEqual(find('As Krugman (1980) showed, scale matters.').map((c) => c.text), ['Krugman (1980)']);
  assert.deepEqual(find('Following Krugman (1980), we model scale.').map((c) => c.text), ['Krugman (1980)']);
});

test('"Names in YEAR" is a citation after "articulated by"', () => {
  const text = 'The concept was first articulated by Gereffi and Korzeniewicz in 1994.';
  const found = find(text);
  assert.deepEqual(
    found.map((c) => [c.text, c.kind, c.ref]),
    [['Gereffi and Korzeniewicz in 1994', 'narrative', 'gereffi-korzeniewicz-1994']],
  );
  spansMatch(text, found);
});

test('"Names in YEAR" elsewhere is a citation only when its key is known', () => {
  const text = 'Gereffi and Korzeniewicz in 1994 edited the volume.';
  assert.deepEqual(find(text), []);
  assert.deepEqual(
    find(text, new Set(['gereffi-korzeniewicz-1994'])).map((c) => c.text),
    ['Gereffi and Korzeniewicz in 1994'],
  );
  assert.deepEqual(find(text, new Set(['krugman-1980'])), []);
});

test('a proper noun before a year is not a citation', () => {
  assert.deepEqual(find('Tariffs imposed by the United States (2020) hurt exporters.'), []);
  assert.deepEqual(find('Platform firms (such as Google and Alibaba) grew quickly.'), []);
  assert.deepEqual(find('As in Table 1 (2020), costs rose.'), []);
  assert.deepEqual(find('During the period (January 2020) trade fell.'), []);
});

test('numbered citations, with a page locator', () => {
  const text = 'As shown in [1], and later [1, p. 119].';
  const found = find(text);
  assert.deepEqual(
    found.map((c) => [c.text, c.kind, c.number, c.page, c.ref]),
    [
      ['[1]', 'numbered', 1, null, `${PAPER}-ref-1`],
      ['[1, p. 119]', 'numbered', 1, '119', `${PAPER}-ref-1`],
    ],
  );
  spansMatch(text, found);
});

test('"[2, 5]" cites two works, each with its own span', () => {
  const text = 'See [2, 5].';
  const found = find(text);
  assert.deepEqual(
    found.map((c) => [c.number, c.start, c.end, c.text]),
    [
      [2, 5, 6, '2'],
      [5, 8, 9, '5'],
    ],
  );
});

test('"[2–4]" cites the three works of the range', () => {
  const found = find('Several studies [2–4] agree.');
  assert.deepEqual(
    found.map((c) => c.number),
    [2, 3, 4],
  );
  assert.deepEqual(new Set(found.map((c) => c.ref)), new Set([`${PAPER}-ref-2`, `${PAPER}-ref-3`, `${PAPER}-ref-4`]));
  assert.ok(found.every((c) => c.start >= 16 && c.end <= 21), 'every span lies inside the brackets');
});

test('a work named by title: Harvard Business Review with volume', () => {
  const text =
    'The article “Industrial Policy: It Doesn’t Work” published in Harvard Business Review, Vol. 11, 1983, argues that industrial policy is affected by politics.';
  const found = find(text);
  assert.equal(found.length, 1);
  const c = found[0]!;
  assert.equal(c.kind, 'named');
  assert.equal(c.text, '“Industrial Policy: It Doesn’t Work” published in Harvard Business Review, Vol. 11, 1983');
  assert.equal(c.year, '1983');
  assert.equal(c.ref, 'industrial-policy-it-doesnt-work-1983');
  assert.deepEqual(c.work, { title: 'Industrial Policy: It Doesn’t Work', container: 'Harvard Business Review', volume: '11' });
  spansMatch(text, found);
});

test('a work named by title: Harvard Business Review with issue "9/10"', () => {
  const text =
    'The article “A New Era of Industrial Policy Has Arrived”, published in Harvard Business Review 9/10, 2023, points out that a new world order is emerging.';
  const found = find(text);
  assert.equal(found.length, 1);
  const c = found[0]!;
  assert.equal(c.kind, 'named');
  assert.equal(c.text, '“A New Era of Industrial Policy Has Arrived”, published in Harvard Business Review 9/10, 2023');
  assert.equal(c.ref, 'new-era-industrial-policy-has-arrived-2023');
  assert.deepEqual(c.work, { title: 'A New Era of Industrial Policy Has Arrived', container: 'Harvard Business Review', issue: '9/10' });
});

test('one key per work, whatever the form of the citation', () => {
  const [parenthetical] = find('The concept (Gereffi & Korzeniewicz, 1994) is old.');
  const [narrative] = find('It was first articulated by Gereffi and Korzeniewicz in 1994.');
  assert.equal(parenthetical!.ref, 'gereffi-korzeniewicz-1994');
  assert.equal(narrative!.ref, parenthetical!.ref);

  const [etAl] = find('Tariffs rose (Liu et al., 2024).');
  const [full] = find('Tariffs rose (Liu, Kuang, & Wang, 2024).');
  assert.equal(etAl!.ref, 'liu-et-al-2024');
  assert.equal(full!.ref, etAl!.ref);
  assert.equal(etAl!.etAl, true);
  assert.equal(full!.etAl, false);
});

test('citations come back in text order', () => {
  const found = find('Krugman (1980) and others [3] disagree (Baldwin, 2016).');
  assert.deepEqual(
    found.map((c) => c.text),
    ['Krugman (1980)', '[3]', '(Baldwin, 2016)'],
  );
});

test('a body as author inside parentheses: "(World Bank, 2020)"', () => {
  const found = findCitations('as reported (World Bank, 2020; OECD, 2019).', 'p');
  assert.deepEqual(found.map((c) => [c.text, c.ref]), [
    ['World Bank, 2020', 'world-bank-2020'],
    ['OECD, 2019', 'oecd-2019'],
  ]);
});

test("a possessive is not part of the name: \"Balassa's (1965)\" cites Balassa 1965", () => {
  const [c] = findCitations("It is measured with Balassa's (1965) index.", 'p');
  assert.equal(c?.ref, 'balassa-1965');
  assert.equal(c?.text, "Balassa's (1965)");
});

test('the end of a title in Title Case before a year is not an author: "The Competitive Advantage of Nations (1990)"', () => {
  assert.deepEqual(findCitations('He extended it in The Competitive Advantage of Nations (1990) to countries.', 'p'), []);
  assert.equal(findCitations('This follows the work of Hirschman (1945) on trade.', 'p')[0]?.ref, 'hirschman-1945');
});
