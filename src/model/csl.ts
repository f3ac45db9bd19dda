/**
 * A paper's metadata as a CSL-JSON item: only the fields it has, never
 * placeholders. Shared by the ingest (citation formatting) and the reader
 * (the .json download).
 */
import type { PaperMeta } from './schema.ts';

export function cslItem(meta: PaperMeta): Record<string, unknown> {
  const item: Record<string, unknown> = { id: meta.id, type: meta.type };
  for (const key of ['title', 'container-title', 'volume', 'issue', 'page', 'publisher', 'URL', 'DOI', 'ISSN'] as const) if (meta[key]) item[key] = meta[key];
  if (meta.author.length > 0) item.author = meta.author;
  if (meta.issued) item.issued = meta.issued;
  item.language = meta.language;
  return item;
}
