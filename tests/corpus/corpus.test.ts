/**
 * The fidelity corpus stays sound: every annotation checks against its page,
 * every layout is in the split, and the line model is what its training
 * script makes of the tuning pages (so anyone can rebuild it).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../helpers/corpus.ts';
import { checkCorpus } from './check.ts';
import { readCorpus } from './gold.ts';
import { readSplit } from './score.ts';

test('every gold annotation checks against its page', () => {
  const { pages, problems } = checkCorpus();
  assert.ok(pages >= 150, `${pages} pages`);
  assert.deepEqual(problems, []);
});

test('every layout is in the split, and at least a third of the layouts are held out for validation', () => {
  const split = readSplit();
  const layouts = new Set(readCorpus().pages.map((p) => p.gold.layout));
  assert.deepEqual([...layouts].filter((l) => !split.has(l)), []);
  const validation = [...layouts].filter((l) => split.get(l) === 'validation').length;
  assert.ok(validation / layouts.size >= 1 / 3, `${validation} of ${layouts.size}`);
  assert.ok(layouts.size >= 50);
});

test('the committed line model is what `npm run train:lines` makes of the tuning pages', { timeout: 120_000 }, () => {
  const committed = readFileSync(join(ROOT, 'src/ingest/stages/line-model.json'), 'utf8');
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/train-line-model.ts'), '--out', '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, committed);
});
