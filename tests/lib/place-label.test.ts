import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exactPlaceLabel, placeLabel, placeLabels } from '../../src/lib/place-label.ts';

test('a place is its printed page, or its paragraph in a paper without pages', () => {
  assert.equal(placeLabel(52, 'b10'), 'p. 52');
  assert.equal(placeLabel(null, 'b3'), '¶ 3');
  assert.equal(exactPlaceLabel(43, 'b4'), 'p. 43 (¶ 4)');
  assert.equal(exactPlaceLabel(null, 'b3'), '¶ 3');
});

test('a list of places names each paragraph once, and adds the paragraph where a page holds several', () => {
  assert.deepEqual(
    placeLabels([
      { page: 4, block: 'b2' },
      { page: 4, block: 'b2' },
      { page: 4, block: 'b7' },
      { page: 5, block: 'b9' },
      { page: null, block: 'b12' },
    ]),
    [
      { block: 'b2', label: 'p. 4 (¶ 2)' },
      { block: 'b7', label: 'p. 4 (¶ 7)' },
      { block: 'b9', label: 'p. 5' },
      { block: 'b12', label: '¶ 12' },
    ],
  );
});
