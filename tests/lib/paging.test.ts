import assert from 'node:assert/strict';
import { test } from 'node:test';
import { concordancePage, concordancePages, usesByPaper, type PlacedOccurrence } from '../../src/lib/concordance.ts';
import { laterPages, pageOf, pagerNumbers, shownRange } from '../../src/lib/paging.ts';

test('a list is cut into pages; the first page has no route of its own', () => {
  const items = Array.from({ length: 53 }, (_, i) => i);
  assert.deepEqual(pageOf(items, 1, 25), { items: items.slice(0, 25), page: 1, pages: 3, first: 1, total: 53 });
  assert.deepEqual(pageOf(items, 3, 25), { items: [50, 51, 52], page: 3, pages: 3, first: 51, total: 53 });
  assert.deepEqual(pageOf([], 1, 25), { items: [], page: 1, pages: 1, first: 1, total: 0 });
  assert.deepEqual(laterPages(53, 25), [2, 3]);
  assert.deepEqual(laterPages(25, 25), []);
  assert.deepEqual(laterPages(0, 25), []);
});

test("a concordance: 25 papers in context on the concept's page, then 250 a page, each paper on exactly one page", () => {
  assert.equal(concordancePages(0), 1);
  assert.equal(concordancePages(25), 1);
  assert.equal(concordancePages(26), 2);
  assert.equal(concordancePages(275), 2);
  assert.equal(concordancePages(276), 3);
  for (const total of [0, 1, 25, 26, 300, 1000]) {
    const items = Array.from({ length: total }, (_, i) => i);
    const pages = Array.from({ length: concordancePages(total) }, (_, i) => concordancePage(items, i + 1));
    assert.deepEqual(pages.flatMap((p) => p.items), items, `${total}: every paper once, in order`);
    for (const p of pages) if (p.items.length > 0) assert.equal(p.first, p.items[0]! + 1);
  }
  assert.deepEqual(concordancePage(Array.from({ length: 300 }, (_, i) => i), 3), { items: [275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299], page: 3, pages: 3, first: 276, total: 300 });
});

test("a concept's uses are grouped by paper, the papers that use it most first, ties in collection order", () => {
  const use = (paperId: string, block: string): PlacedOccurrence => ({ slug: 'reshoring', block, page: null, paperId, paperTitle: paperId.toUpperCase() });
  const groups = usesByPaper([use('a', 'b1'), use('b', 'b1'), use('b', 'b4'), use('c', 'b2'), use('a', 'b9'), use('b', 'b7'), use('d', 'b1')]);
  assert.deepEqual(
    groups.map((g) => [g.paperId, g.paperTitle, g.uses.map((u) => u.block)]),
    [
      ['b', 'B', ['b1', 'b4', 'b7']],
      ['a', 'A', ['b1', 'b9']],
      ['c', 'C', ['b2']],
      ['d', 'D', ['b1']],
    ],
  );
});

test('a pager shows every page when there are few, else the ends and the pages around the current one', () => {
  assert.deepEqual(pagerNumbers(1, 1), [1]);
  assert.deepEqual(pagerNumbers(3, 9), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.deepEqual(pagerNumbers(1, 40), [1, 2, 3, 4, 5, 6, null, 40]);
  assert.deepEqual(pagerNumbers(4, 40), [1, 2, 3, 4, 5, 6, null, 40]);
  assert.deepEqual(pagerNumbers(20, 40), [1, null, 18, 19, 20, 21, 22, null, 40]);
  assert.deepEqual(pagerNumbers(38, 40), [1, null, 35, 36, 37, 38, 39, 40]);
  assert.deepEqual(pagerNumbers(40, 40), [1, null, 35, 36, 37, 38, 39, 40]);
  for (let pages = 1; pages <= 60; pages++) {
    for (let page = 1; page <= pages; page++) {
      const shown = pagerNumbers(page, pages);
      const numbers = shown.filter((n) => n !== null);
      assert.ok(numbers.includes(page) && numbers[0] === 1 && numbers.at(-1) === pages, `${page} of ${pages}`);
      assert.deepEqual(numbers, [...numbers].sort((a, b) => a - b));
      assert.ok(shown.length <= 9, `${page} of ${pages}: ${shown.length}`);
      // A gap always hides at least one page; no two gaps meet.
      shown.forEach((n, i) => n === null && assert.ok(shown[i + 1]! - shown[i - 1]! > 1 && shown[i + 1] !== null));
    }
  }
});

test("a page's items are named by their positions in the whole list", () => {
  const items = Array.from({ length: 60 }, (_, i) => i);
  assert.equal(shownRange(pageOf(items, 1, 25)), '1–25');
  assert.equal(shownRange(pageOf(items, 3, 25)), '51–60');
});
