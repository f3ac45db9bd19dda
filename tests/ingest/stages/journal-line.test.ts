import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseJournalLine } from '../../../src/ingest/stages/journal-line.ts';

test('a shouted journal line gives title, volume, issue, year and page range', () => {
  assert.deepEqual(parseJournalLine('THE JOURNAL OF ECONOMIC SCIENCES: THEORY AND PRACTICE, V.83, # 1, 2026, pp. 40-57'), {
    containerTitle: 'The Journal of Economic Sciences: Theory and Practice',
    volume: '83',
    issue: '1',
    year: 2026,
    firstPage: 40,
    lastPage: 57,
  });
});

test('surrounding white space is ignored', () => {
  assert.equal(parseJournalLine('   Journal of Trade Studies, Vol. 12, No. 3, 2024, pp. 5-19   ')?.containerTitle, 'Journal of Trade Studies');
});

test('a title in normal case is kept as printed', () => {
  assert.deepEqual(parseJournalLine('Journal of Trade Studies, Vol. 12, No. 3, pp. 5–19'), {
    containerTitle: 'Journal of Trade Studies',
    volume: '12',
    issue: '3',
    firstPage: 5,
    lastPage: 19,
  });
});

test('labelled form with "Volume", "Issue", a bracketed year and "p."', () => {
  assert.deepEqual(parseJournalLine('Asian Economic Review, Volume 7; Issue 2/3; (2019); p. 101-120.'), {
    containerTitle: 'Asian Economic Review',
    volume: '7',
    issue: '2/3',
    year: 2019,
    firstPage: 101,
    lastPage: 120,
  });
});

test('compact form "Title 12(3), 2024, 5-19"', () => {
  assert.deepEqual(parseJournalLine('Journal of Trade Studies 12(3), 2024, 5-19'), {
    containerTitle: 'Journal of Trade Studies',
    volume: '12',
    issue: '3',
    year: 2024,
    firstPage: 5,
    lastPage: 19,
  });
});

test('lines that are not a journal line give nothing', () => {
  for (const text of [
    'Page 52 - Azerbaijan State University of Economics',
    'P. 52',
    '52',
    'Journal of Trade Studies 12(3)',
    'The firms moved in 2018, 40-57',
    'Li Ting: The Impact of US-China Trade Friction on Global Value Chains',
    'Between 2021 and 2023 the three largest programmes committed between 5 and 10 billion a year.',
  ]) {
    assert.equal(parseJournalLine(text), undefined, text);
  }
});

test('a page range no article spans is left out, never trusted', () => {
  for (const range of ['pp. 40-9999999999', 'pp. 57-40', 'pp. 0-12', 'pp. 1-99999']) {
    const line = parseJournalLine(`THE JOURNAL OF ECONOMIC SCIENCES: THEORY AND PRACTICE, V.83, # 1, 2026, ${range}`);
    assert.equal(line?.containerTitle, 'The Journal of Economic Sciences: Theory and Practice', range);
    assert.equal(line?.firstPage, undefined, range);
    assert.equal(line?.lastPage, undefined, range);
  }
});
