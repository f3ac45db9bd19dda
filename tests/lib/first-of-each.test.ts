import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstOfEach } from '../../src/lib/first-of-each.ts';

test('keeps the first item of each key, in order', () => {
  const items = [
    { paper: 'li', block: 'b4', n: 1 },
    { paper: 'li', block: 'b4', n: 2 },
    { paper: 'zhang', block: 'b2', n: 3 },
    { paper: 'li', block: 'b9', n: 4 },
  ];
  assert.deepEqual(firstOfEach(items, (i) => i.paper).map((i) => i.n), [1, 3]);
  assert.deepEqual(firstOfEach(items, (i) => `${i.paper}#${i.block}`).map((i) => i.n), [1, 3, 4]);
  assert.deepEqual(firstOfEach([], String), []);
});
