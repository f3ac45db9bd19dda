/**
 * content/bibliography.json: the works the resolver found and a curator
 * accepted, as a CSL-JSON array whose `id`s are Folio reference keys. It is
 * committed, so it is written stably: items sorted by id, fields in one
 * order, two-space indents and a final newline; the same items give the
 * same bytes. `loadResolvedBibliography` is what the ingest reads.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { loadResolvedBibliography as readResolved } from '../ingest/stages/bibliography.ts';
import type { CslItem } from './csl.ts';
import { canonicalItem } from './csl.ts';

const byId = (a: CslItem, b: CslItem) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The resolved bibliography as reference key -> CSL item (the ingest's reader, which names a bad file). */
export function loadResolvedBibliography(path: string): Map<string, CslItem> {
  return readResolved(path) as Map<string, CslItem>;
}

/** What is already there, with `accepted` added or replacing the item of the same id; sorted by id. */
export function mergeItems(existing: ReadonlyMap<string, CslItem>, accepted: readonly CslItem[]): CslItem[] {
  const merged = new Map(existing);
  for (const item of accepted) merged.set(item.id, item);
  return [...merged.values()].sort(byId);
}

export function serialiseBibliography(items: readonly CslItem[]): string {
  return `${JSON.stringify([...items].sort(byId).map(canonicalItem), null, 2)}\n`;
}

/** Writes the file whole or not at all (a temporary file renamed over it). */
export function writeBibliography(path: string, items: readonly CslItem[]): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, serialiseBibliography(items));
  renameSync(tmp, path);
}
