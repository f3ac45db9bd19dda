/**
 * The curated bibliography: a curator's complete records for works the pages
 * only cite in passing, in content/bibliography.bib (BibTeX, written by hand,
 * parsed by citation-js) and content/bibliography.json (CSL-JSON, written by
 * `npm run references:resolve`). An entry whose key is a Folio reference key
 * ("calatayud-2025") completes or corrects that reference, which is then no
 * longer marked incomplete; where both files have a key, the BibTeX wins.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reference } from '../../model/schema.ts';
import { IngestError } from './errors.ts';

export type Bibliography = ReadonlyMap<string, Record<string, unknown>>;

export async function loadBibliography(path: string): Promise<Bibliography> {
  if (!existsSync(path)) return new Map();
  const text = readFileSync(path, 'utf8');
  if (!/@\w+\s*\{/.test(text)) return new Map();
  const [{ Cite }] = await Promise.all([import('@citation-js/core'), import('@citation-js/plugin-bibtex')]);
  let items: Record<string, unknown>[];
  try {
    items = new Cite(text, { forceType: '@bibtex/text' }).data as Record<string, unknown>[];
  } catch (error) {
    throw new IngestError(path, `not valid BibTeX: ${(error as Error).message.split('\n')[0]}`);
  }
  return new Map(items.map((item) => [String(item['citation-key'] ?? item.id), item]));
}

/** content/bibliography.json: a CSL-JSON array of items whose ids are reference keys (empty when absent). */
export function loadResolvedBibliography(path: string): Map<string, Record<string, unknown>> {
  if (!existsSync(path)) return new Map();
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new IngestError(path, `not valid JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!Array.isArray(data)) throw new IngestError(path, 'not a CSL-JSON array');
  const items = new Map<string, Record<string, unknown>>();
  data.forEach((item: unknown, index) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (!item || typeof item !== 'object' || typeof id !== 'string' || id === '') throw new IngestError(path, `item ${index + 1} has no id`);
    if (items.has(id)) throw new IngestError(path, `"${id}" appears twice`);
    items.set(id, item as Record<string, unknown>);
  });
  return items;
}

/** Both files of a content folder, the hand-written BibTeX winning over what was resolved. */
export async function loadBibliographies(contentDir: string): Promise<Bibliography> {
  return new Map([...loadResolvedBibliography(join(contentDir, 'bibliography.json')), ...(await loadBibliography(join(contentDir, 'bibliography.bib')))]);
}

/** The files the bibliography is read from, for the incremental ingest to notice a change. */
export const BIBLIOGRAPHY_FILES = ['bibliography.bib', 'bibliography.json'] as const;

const FIELDS = ['title', 'container-title', 'volume', 'issue', 'page', 'publisher', 'publisher-place', 'DOI', 'URL'] as const;
const TYPES = new Set<Reference['type']>(['article-journal', 'article-magazine', 'book', 'chapter', 'webpage', 'report', 'thesis', 'paper-conference', 'document']);

/** The reference as the curated record completes it. */
export function completeReference(ref: Reference, item: Record<string, unknown> | undefined): Reference {
  if (!item) return ref;
  const out: Reference = { ...ref, incomplete: false };
  if (TYPES.has(item.type as Reference['type'])) out.type = item.type as Reference['type'];
  const names = (list: unknown) =>
    (list as { family?: string; given?: string; literal?: string }[]).map((a) => ({ family: a.family ?? a.literal ?? '', ...(a.given ? { given: a.given } : {}) }));
  if (Array.isArray(item.author) && item.author.length > 0) out.author = names(item.author);
  if (Array.isArray(item.editor) && item.editor.length > 0) {
    out.editor = names(item.editor);
    // An edited book is cited by its editors' names: they are its editors, not its authors.
    if (!(Array.isArray(item.author) && item.author.length > 0)) delete out.author;
  }
  const issued = item.issued as { 'date-parts'?: number[][] } | undefined;
  if (issued?.['date-parts']) out.issued = { 'date-parts': issued['date-parts'] };
  for (const f of FIELDS) if (item[f] !== undefined && item[f] !== '') (out as Record<string, unknown>)[f] = String(item[f]);
  return out;
}
