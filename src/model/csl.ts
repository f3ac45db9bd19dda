/**
 * A paper's metadata as a CSL-JSON item: only the fields it has, never
 * placeholders. Shared by the ingest (citation formatting) and the reader
 * (the .json download).
 */
import type { PaperMeta } from './schema.ts';

/** The title APA prints, in sentence case, where the ingest could make it (see ingest/stages/sentence-case.ts); not part of CSL. */
export const APA_TITLE = 'folio-apa-title';

export function cslItem(meta: PaperMeta & { [APA_TITLE]?: string }): Record<string, unknown> {
  const item: Record<string, unknown> = { id: meta.id, type: meta.type };
  for (const key of ['title', 'container-title', 'volume', 'issue', 'page', 'publisher', 'URL', 'DOI', 'ISSN'] as const) if (meta[key]) item[key] = meta[key];
  if (meta.author.length > 0) item.author = meta.author;
  if (meta.issued) item.issued = meta.issued;
  if (meta.accessed) item.accessed = meta.accessed;
  item.language = meta.language;
  if (meta[APA_TITLE]) item[APA_TITLE] = meta[APA_TITLE];
  return item;
}
