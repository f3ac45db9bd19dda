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
