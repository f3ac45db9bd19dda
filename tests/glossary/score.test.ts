/**
 * The glossary extraction's scores (`npm run glossary:score`), asserted: the
 * issue's targets where they are met, and where one is not yet met the figure
 * reached, so that it cannot slip back unnoticed. Targets: term precision at
 * least 0.85 and recall at least 0.7, definition precision at least 0.9, every
 * quote verbatim. `public-health` is held out: nothing was tuned on it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../helpers/corpus.ts';

interface Score {
  termPrecision: number;
  termRecall: number;
  definitionPrecision: number;
  verbatim: boolean;
}

const run = spawnSync(process.execPath, [join(ROOT, 'tests/glossary/score.ts'), '--json'], { encoding: 'utf8' });
const scores = JSON.parse(run.stdout) as Record<'climate-finance' | 'public-health' | 'seeds', Score>;

test('every found definition is a verbatim quote of the collection, in every collection', () => {
  for (const [name, s] of Object.entries(scores)) assert.equal(s.verbatim, true, name);
});

test('term precision is at least 0.85 in every collection, the held-out one too', () => {
  for (const [name, s] of Object.entries(scores)) assert.ok(s.termPrecision >= 0.85, `${name}: ${s.termPrecision}`);
});

test('term recall is at least 0.7 on the two invented collections (the seeds’ 48 curated entries are mostly never defined in their three pages)', () => {
  assert.ok(scores['climate-finance'].termRecall >= 0.7, String(scores['climate-finance'].termRecall));
  assert.ok(scores['public-health'].termRecall >= 0.7, String(scores['public-health'].termRecall));
});

test('definition precision: at least 0.9 where tuned; held out, not yet at the 0.9 target, and not below the 0.875 reached', () => {
  assert.ok(scores['climate-finance'].definitionPrecision >= 0.9);
  assert.ok(scores.seeds.definitionPrecision >= 0.9);
  assert.ok(scores['public-health'].definitionPrecision >= 0.875 - 1e-9, String(scores['public-health'].definitionPrecision));
});
