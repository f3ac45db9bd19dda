import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IngestError } from '../../../src/ingest/stages/errors.ts';
import { type PageWithSidecar, groupPages } from '../../../src/ingest/stages/group-pages.ts';
import { parsePdfPage } from '../../../src/ingest/stages/pdf-page.ts';
import { readSource } from '../../../src/ingest/stages/read-source.ts';
import { parseWebPage } from '../../../src/ingest/stages/web-page.ts';

const VIEWER = 'Azerbaijan State University of Economics';
const BODY = 'Firms that moved final assembly out of China after 2018 did not choose the lowest-cost location.';

const oddPage = (name: string, n: number, title = 'The Impact of US-China Trade Friction on Global Value Chains') =>
  parsePdfPage(readSource(name, Buffer.from(`Page ${n} - ${VIEWER}\nP. ${n}\nLi Ting: ${title}\n${BODY}\n${n}\n`)));
const evenPage = (name: string, n: number, pages = 'pp. 40-57') =>
  parsePdfPage(
    readSource(
      name,
      Buffer.from(`Page ${n} - ${VIEWER}\nTHE JOURNAL OF ECONOMIC SCIENCES: THEORY AND PRACTICE, V.83, # 1, 2026, ${pages}\n${BODY}\n${n}\n`),
    ),
  );
const webPage = (name: string, title: string) =>
  parseWebPage(
    readSource(name, Buffer.from(`${title}\n\nRules of origin rarely make headlines, yet they decide whether a product qualifies for a tariff.\n`)),
  );
const sources = (draft: { pages: PageWithSidecar[] }) => draft.pages.map((p) => p.page.source);

test('an odd page with a running head and an even page with the journal range form one paper', () => {
  // Given out of order: the paper is put in printed order.
  const drafts = groupPages([{ page: evenPage('b.txt', 52) }, { page: oddPage('a.txt', 43) }]);
  assert.equal(drafts.length, 1);
  const [paper] = drafts;
  assert.deepEqual(sources(paper!), ['a.txt', 'b.txt']);
  assert.deepEqual(paper!.range, { first: 40, last: 57 });
  assert.deepEqual(paper!.missing, [
    { from: 40, to: 42 },
    { from: 44, to: 51 },
    { from: 53, to: 57 },
  ]);
  assert.deepEqual(paper!.continues, [false, false], 'page 52 does not follow page 43');
});

test('consecutive pages continue one another; a gap does not', () => {
  const drafts = groupPages([
    { page: oddPage('p41.txt', 41) },
    { page: evenPage('p40.txt', 40) },
    { page: evenPage('p44.txt', 44) },
  ]);
  assert.equal(drafts.length, 1);
  assert.deepEqual(sources(drafts[0]!), ['p40.txt', 'p41.txt', 'p44.txt']);
  assert.deepEqual(drafts[0]!.continues, [false, true, false]);
  assert.deepEqual(drafts[0]!.missing, [
    { from: 42, to: 43 },
    { from: 45, to: 57 },
  ]);
});

test('a page numbered outside the printed range stays a separate paper', () => {
  const drafts = groupPages([{ page: evenPage('b.txt', 52) }, { page: oddPage('a.txt', 43) }, { page: oddPage('c.txt', 61) }]);
  assert.equal(drafts.length, 2);
  const outside = drafts.find((d) => sources(d).includes('c.txt'))!;
  assert.deepEqual(sources(outside), ['c.txt']);
  assert.equal(outside.range, undefined);
  assert.deepEqual(outside.missing, []);
});

test('duplicate page numbers in one paper are an error naming the file', () => {
  assert.throws(
    () => groupPages([{ page: evenPage('first.txt', 52) }, { page: evenPage('second.txt', 52) }]),
    (error: unknown) =>
      error instanceof IngestError && error.file === 'second.txt' && /52/.test(error.reason) && error.reason.includes('first.txt'),
  );
});

test('web pages are each their own paper', () => {
  // The same headline on two different pages (the same file twice is refused, below).
  const drafts = groupPages([{ page: webPage('w1.txt', 'Rules of Origin Under Strain') }, { page: { ...webPage('w2.txt', 'Rules of Origin Under Strain'), sha256: 'f'.repeat(64) } }]);
  assert.deepEqual(drafts.map(sources), [['w1.txt'], ['w2.txt']]);
  assert.ok(drafts.every((d) => d.missing.length === 0 && d.range === undefined));
});

test('a sidecar `paper:` ties pages together, ordered by the sidecar page numbers', () => {
  const drafts = groupPages([
    { page: webPage('part-2.txt', 'Rules of Origin, Part Two'), sidecar: { paper: 'rules-of-origin', page: 2 } },
    { page: webPage('other.txt', 'Another Article Entirely') },
    { page: webPage('part-1.txt', 'Rules of Origin, Part One'), sidecar: { paper: 'rules-of-origin', page: 1 } },
  ]);
  assert.equal(drafts.length, 2);
  const paper = drafts.find((d) => d.pages.length === 2)!;
  assert.deepEqual(sources(paper), ['part-1.txt', 'part-2.txt']);
  assert.deepEqual(paper.continues, [false, true]);
  assert.deepEqual(paper.missing, []);
});

test('a sidecar `paper:` overrides the journal range', () => {
  const drafts = groupPages([
    { page: evenPage('b.txt', 52), sidecar: { paper: 'separate' } },
    { page: evenPage('c.txt', 54) },
  ]);
  assert.equal(drafts.length, 2);
});

test('a page numbered absurdly far from its article costs no more than any other, and the gap is named', () => {
  const started = performance.now();
  const drafts = groupPages([{ page: oddPage('a.txt', 43) }, { page: oddPage('b.txt', 45) }, { page: oddPage('c.txt', 43), sidecar: { page: 99_999 } }]);
  assert.ok(performance.now() - started < 200, 'linear in the pages, not in the numbers');
  assert.equal(drafts.length, 1);
  assert.deepEqual(drafts[0]!.missing, [
    { from: 44, to: 44 },
    { from: 46, to: 99_998 },
  ]);
});

test('a journal line whose range no article spans gives no range: the page is not grouped by it', () => {
  const drafts = groupPages([{ page: evenPage('b.txt', 52, 'pp. 40-9999999999') }, { page: oddPage('a.txt', 43) }]);
  assert.ok(drafts.every((d) => d.range === undefined));
});

test('the same file twice under two names is refused, naming both', () => {
  assert.throws(
    () => groupPages([{ page: webPage('w1.txt', 'Rules of Origin Under Strain') }, { page: webPage('w2.txt', 'Rules of Origin Under Strain') }]),
    (e: unknown) => e instanceof IngestError && e.file === 'w2.txt' && /same file as w1\.txt/.test(e.reason),
  );
});

test('two different pages printing the same page number of an article are kept apart, not refused', () => {
  const a = oddPage('a.txt', 43);
  const b = { ...oddPage('b.txt', 43, 'The Impact of US-China Trade Friction on Global Value Chains'), sha256: 'e'.repeat(64) };
  const drafts = groupPages([{ page: a }, { page: b }]);
  assert.deepEqual(drafts.map(sources).sort(), [['a.txt'], ['b.txt']]);
});
