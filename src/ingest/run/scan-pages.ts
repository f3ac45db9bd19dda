/**
 * The incremental ingest's first stage: stat every source page and its
 * sidecar; a page whose size and mtime (and its sidecar's) are as the cache
 * has them is not read again.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { IngestError } from '../stages/errors.ts';
import type { Manifest, PageEntry } from './ingest-cache.ts';
import { sidecarName } from './source-files.ts';

export interface PageScan {
  /** Entries of the pages the cache still holds good, by file name. */
  unchanged: Map<string, PageEntry>;
  /** Paths of the pages to read. */
  changed: string[];
  /** Size and mtime, and sidecar, of each page to read, by file name. */
  stats: Map<string, { size: number; mtimeMs: number }>;
  sidecars: Map<string, PageEntry['sidecar']>;
  /** Sidecars that could not be read. */
  errors: IngestError[];
}

export async function scanPages(paths: readonly string[], manifest: Manifest, onPage: () => void = () => {}): Promise<PageScan> {
  const scan: PageScan = { unchanged: new Map(), changed: [], stats: new Map(), sidecars: new Map(), errors: [] };
  for (const path of paths) {
    onPage();
    const name = basename(path);
    try {
      const stat = statSync(path);
      const sidecarPath = join(dirname(path), sidecarName(name));
      const sidecarStat = existsSync(sidecarPath) ? statSync(sidecarPath) : null;
      const cached = manifest.pages[name];
      const sidecarSame =
        cached && (cached.sidecar === null ? sidecarStat === null : sidecarStat !== null && cached.sidecar.size === sidecarStat.size && cached.sidecar.mtimeMs === sidecarStat.mtimeMs);
      if (cached && sidecarSame && cached.size === stat.size && cached.mtimeMs === stat.mtimeMs) {
        scan.unchanged.set(name, cached);
        continue;
      }
      scan.stats.set(name, { size: stat.size, mtimeMs: stat.mtimeMs });
      // Imported when a sidecar changed, not before: a re-ingest with nothing changed loads no YAML parser.
      const sidecar = sidecarStat ? { size: sidecarStat.size, mtimeMs: sidecarStat.mtimeMs, data: (await import('./sidecar.ts')).readSidecar(sidecarPath) } : null;
      scan.sidecars.set(name, sidecar);
      scan.changed.push(path);
    } catch (error) {
      if (error instanceof IngestError) scan.errors.push(error);
      else throw error;
    }
  }
  return scan;
}
