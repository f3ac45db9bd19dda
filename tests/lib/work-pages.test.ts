import assert from 'node:assert/strict';
import { test } from 'node:test';
import { workHomes } from '../../src/lib/work-pages.ts';

test('a work gets a page when two papers cite it, the glossary cites it, or no paper lists it; otherwise it is read in its one paper', () => {
  const homes = workHomes(
    ['shared', 'once', 'twice-in-one', 'glossary', 'bibliography-only'],
    new Map([
      ['shared', ['li', 'zhang']],
      ['once', ['li']],
      ['twice-in-one', ['zhang', 'zhang']],
      ['glossary', ['li']],
    ]),
    new Set(['glossary']),
  );
  assert.deepEqual([...homes.pages].sort(), ['bibliography-only', 'glossary', 'shared']);
  assert.deepEqual([...homes.entryIn], [['once', 'li'], ['twice-in-one', 'zhang']]);
});
