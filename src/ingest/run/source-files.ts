/**
 * Which files are source pages and which are their sidecars: a source is any
 * file in content/sources/ that is not a sidecar (`.yaml`/`.yml`), hidden or
 * the folder's README. Light on purpose: a no-op ingest needs only this.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { IngestError } from '../stages/errors.ts';
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

/** What the file system says when a file cannot be read, as a curator's problem with that file. */
const UNREADABLE: Record<string, string> = {
  ENOENT: 'no such file (was it moved while the ingest ran?)',
  EACCES: 'permission denied: the file cannot be read',
  EPERM: 'permission denied: the file cannot be read',
  EISDIR: 'a folder, not a page',
  ELOOP: 'a symbolic link that loops',
  EIO: 'the disk could not read it',
};

/** The bytes of a source file; a file that cannot be read is an IngestError naming it. */
export function readSourceBytes(path: string, name: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    const reason = UNREADABLE[(error as NodeJS.ErrnoException).code ?? ''];
    if (reason) throw new IngestError(name, reason);
    throw error;
  }
}
