/**
 * Finding source pages and their sidecars on disk. A source is any file in
 * content/sources/ that is not a sidecar (`.yaml`/`.yml`) or hidden.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { IngestError } from './errors.ts';
import type { SourceFile } from './pipeline.ts';
import { parseSidecar, sidecarName } from './sidecar.ts';

export function isSidecar(name: string): boolean {
  return /\.ya?ml$/i.test(name);
}

export function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.') && !isSidecar(e.name) && e.name !== 'README.md')
    .map((e) => join(dir, e.name))
    .sort();
}

/** Reads one source file and its sidecar; errors name the path on disk. */
export function loadSource(path: string): SourceFile {
  const name = basename(path);
  const file: SourceFile = { name, bytes: readFileSync(path) };
  const sidecarPath = join(dirname(path), sidecarName(name));
  if (existsSync(sidecarPath)) {
    try {
      file.sidecar = parseSidecar(sidecarName(name), readFileSync(sidecarPath, 'utf8'));
    } catch (error) {
      if (error instanceof IngestError) throw new IngestError(sidecarPath, error.reason, error.line);
      throw error;
    }
  }
  return file;
}
