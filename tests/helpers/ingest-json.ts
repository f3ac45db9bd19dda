/** `npm run -s ingest -- --json FILE`, as a curator runs it: the papers and references it prints. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Paper, Reference } from '../../src/model/schema.ts';
import { ROOT } from './corpus.ts';

export function ingestJsonFile(path: string): { papers: Paper[]; references: Reference[] } {
  const r = spawnSync(process.execPath, [join(ROOT, 'src/ingest/run/cli.ts'), '--json', path], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as { papers: Paper[]; references: Reference[] };
}

/** A page the test writes (`name` in a folder of its own), ingested as a curator would. */
export function ingestJsonText(name: string, text: string): { papers: Paper[]; references: Reference[] } {
  const page = join(mkdtempSync(join(tmpdir(), 'folio-page-')), name);
  writeFileSync(page, text);
  return ingestJsonFile(page);
}
