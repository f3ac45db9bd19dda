/**
 * Which files are source pages and which are their sidecars: a source is any
 * file in content/sources/ that is not a sidecar (`.yaml`/`.yml`), hidden or
 * the folder's README. Light on purpose: a no-op ingest needs only this.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function isSidecar(name: string): boolean {
  return /\.ya?ml$/i.test(name);
}

/** `page.txt` -> `page.yaml`. */
export function sidecarName(sourceName: string): string {
  return sourceName.replace(/\.[^.]+$/, '') + '.yaml';
}

export function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.') && !isSidecar(e.name) && e.name !== 'README.md')
    .map((e) => join(dir, e.name))
    .sort();
}
