/**
 * The ingest's output on the benchmark's N = 100 corpus, pinned by digest:
 * a change that should keep the output (moving code between folders, a
 * speed-up) is shown to keep it byte for byte. A deliberate change of the
 * output rewrites the digests with UPDATE_GOLDEN=1 and says why in its commit.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { generateCorpus } from '../../bench/generate.ts';
import { ingest, renderOutputs } from '../../src/ingest/pipeline.ts';
import { ROOT, sourceFiles } from '../helpers/corpus.ts';
import { loadBackground } from '../../src/ingest/run/background-words.ts';

const GOLDEN = join(ROOT, 'tests/fixtures/golden/bench-100.json');

test('the N = 100 benchmark corpus ingests to the pinned output, file by file', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'folio-bench-100-'));
  try {
    generateCorpus(100, dir);
    const outputs = renderOutputs(ingest(sourceFiles(dir), new Map(), { background: loadBackground() }));
    const digests = Object.fromEntries([...outputs].sort(([a], [b]) => a.localeCompare(b)).map(([path, text]) => [path, createHash('sha256').update(text).digest('hex').slice(0, 16)]));
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, `${JSON.stringify(digests, null, 1)}\n`);
    const pinned = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, string>;
    assert.deepEqual(Object.keys(digests), Object.keys(pinned), 'the same files');
    const changed = Object.keys(pinned).filter((path) => pinned[path] !== digests[path]);
    assert.deepEqual(changed, [], 'the same bytes in every file');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
