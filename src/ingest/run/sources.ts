/**
 * Reading a source page and its sidecar from disk, for the full ingest.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { SourceFile } from '../pipeline.ts';
export { listSources } from './source-files.ts';
import { readSidecar } from './sidecar.ts';
import { sidecarName } from './source-files.ts';

/** Reads one source file and its sidecar; errors name the path on disk. */
export function loadSource(path: string): SourceFile {
  const name = basename(path);
  const file: SourceFile = { name, bytes: readFileSync(path) };
  const sidecarPath = join(dirname(path), sidecarName(name));
  if (existsSync(sidecarPath)) file.sidecar = readSidecar(sidecarPath);
  return file;
}
