/**
 * The CSL-JSON item the resolver writes into content/bibliography.json, and
 * the canonical shape it is written in. Field names are CSL's own, as in the
 * reference schema (src/model/schema.ts), so the ingest can complete a
 * reference from an item without a mapping table.
 */

export type CslName = { family?: string; given?: string; literal?: string };

/** A work as CSL-JSON, before it is given a Folio reference key. */
export type CslWork = {
  type: string;
  author?: CslName[];
  title?: string;
  'container-title'?: string;
  volume?: string;
  issue?: string;
  page?: string;
  publisher?: string;
  DOI?: string;
  URL?: string;
  issued?: { 'date-parts': number[][] };
  /** The database the record came from ("Crossref", "OpenAlex"): CSL's `source`. */
  source?: string;
  [field: string]: unknown;
};

/** A work under its Folio reference key (`id`), as bibliography.json holds it. */
export type CslItem = CslWork & { id: string };

/** Written first, in this order; any other field follows alphabetically. */
const ORDER = ['id', 'type', 'author', 'title', 'container-title', 'volume', 'issue', 'page', 'publisher', 'DOI', 'URL', 'issued', 'source'];

/** The same item with its fields in canonical order, so equal items serialise to equal bytes. */
export function canonicalItem(item: CslItem): CslItem {
  const keys = Object.keys(item).filter((k) => item[k] !== undefined);
  const rank = (k: string) => (ORDER.includes(k) ? ORDER.indexOf(k) : ORDER.length);
  keys.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = canonicalValue(item[k]);
  return out as CslItem;
}

function canonicalValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalValue);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = canonicalValue(v);
    }
    return out;
  }
  return value;
}

/** "https://doi.org/10.5555/X" or "doi:10.5555/X" -> "10.5555/X"; undefined when it is not a DOI. */
export function bareDoi(text: string | undefined | null): string | undefined {
  if (!text) return undefined;
  const doi = text.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:)/i, '');
  return /^10\.\d{4,9}\/\S+$/.test(doi) ? doi : undefined;
}

/** Markup that databases leave in titles (JATS `<i>`, `<sub>`...), and runs of white space, removed. */
export function cleanText(text: string | undefined | null): string | undefined {
  if (typeof text !== 'string') return undefined;
  const clean = text.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
  return clean === '' ? undefined : clean;
}

/** The year of an item's `issued` date, if it has one. */
export function issuedYear(item: { issued?: { 'date-parts'?: unknown } }): number | undefined {
  const parts = item.issued?.['date-parts'];
  const year = Array.isArray(parts) && Array.isArray(parts[0]) ? parts[0][0] : undefined;
  return typeof year === 'number' && Number.isInteger(year) ? year : undefined;
}
