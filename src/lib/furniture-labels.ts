/**
 * How the source view names each kind of removed line, for a reader checking
 * the cleaning: the ingest labels furniture with a closed set of kinds
 * (furnitureKind in the model), and these are those kinds in words.
 */
import type { FurnitureKind } from '../model/schema.ts';

export const FURNITURE_LABELS: Record<FurnitureKind, string> = {
  'viewer-line': 'viewer line',
  'running-head': 'running head',
  'journal-line': 'journal line',
  folio: 'page number',
  title: 'title (the paper’s title)',
  byline: 'byline (the authors)',
  'front-matter': 'front matter (dates, identifiers)',
  'site-navigation': 'site navigation',
  'site-widget': 'site widget',
};

/** The kinds of line a paper's source view shows removed, most frequent first, in words ("site navigation, title, byline"). */
export function removedKinds(dropped: readonly { reason: FurnitureKind }[]): string {
  const counts = new Map<FurnitureKind, number>();
  for (const d of dropped) counts.set(d.reason, (counts.get(d.reason) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([kind]) => FURNITURE_LABELS[kind].replace(/ \(.*\)$/, ''))
    .join(', ');
}
