import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tablePage, tablePageHref } from '../../src/lib/graph-twin.ts';
import { laterPages } from '../../src/lib/paging.ts';

const rows = Array.from({ length: 301 }, (_, i) => `n${i + 1}`);

test('a table is cut into pages that hold every row once, in order', () => {
  const pages = [1, 2, 3].map((p) => tablePage('nodes', rows, p, 150));
  assert.deepEqual(pages.flatMap((p) => p.items), rows);
  assert.deepEqual(pages.map((p) => [p.page, p.pages, p.first, p.items.length, p.total]), [
    [1, 3, 1, 150, 301],
    [2, 3, 151, 150, 301],
    [3, 3, 301, 1, 301],
  ]);
});

test('a short table is one page, and only the pages after the first get routes', () => {
  assert.deepEqual(tablePage('term-map', ['a', 'b'], 1, 30), { table: 'term-map', items: ['a', 'b'], page: 1, pages: 1, first: 1, total: 2 });
  assert.equal(tablePage('nodes', [], 1, 150).pages, 1, 'an empty table still has its page');
  assert.deepEqual(laterPages(2, 30), []);
  assert.deepEqual(laterPages(301, 150), [2, 3]);
  assert.deepEqual(laterPages(300, 150), [2]);
});

test('page 1 is the table on /graph/; the others have their own pages', () => {
  assert.equal(tablePageHref('nodes', 1), '/graph/#graph-nodes');
  assert.equal(tablePageHref('term-map', 1), '/graph/#graph-term-map');
  assert.equal(tablePageHref('nodes', 4), '/graph/nodes/4/');
});
