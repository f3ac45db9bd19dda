/** `npm run -s ingest -- --json FILE`, as a curator runs it: the papers and references it prints. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Paper, Reference } from '../../src/model/schema.ts';
import { ROOT } from './corpus.ts';

export function ingestJsonFile(path: string): { papers: Paper[]; references: Reference[] } {
  const r = spawnSync(process.execPath, [join(ROOT, 'src/ingest/run/cli.ts'), '--json', path], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as { papers: Paper[]; references: Reference[] };
}
