/**
 * Crossref's REST API (api.crossref.org): the request for a reference and the
 * CSL-JSON works in its answer. A single work comes as
 * `{status, "message-type": "work", message: {...}}`, a search as
 * `{..., "message-type": "work-list", message: {items: [...]}}`; a work has
 * `title[]`, `author[{given, family} | {name}]`, `issued{date-parts}`,
 * `container-title[]`, `volume`, `issue`, `page`, `publisher`, `DOI`, `URL`
 * and Crossref's own `type` ("journal-article", "book-chapter", ...).
 */
import type { CslName, CslWork } from './csl.ts';
import { bareDoi, cleanText, issuedYear } from './csl.ts';
import type { Wanted } from './references.ts';

export const CROSSREF_URL = 'https://api.crossref.org';

/** Crossref's work types as CSL types. */
const TYPES: Record<string, string> = {
  'journal-article': 'article-journal',
  'book-chapter': 'chapter',
  'book-section': 'chapter',
  'book-part': 'chapter',
  book: 'book',
  monograph: 'book',
  'edited-book': 'book',
  'reference-book': 'book',
  'proceedings-article': 'paper-conference',
  report: 'report',
  'posted-content': 'article',
  dissertation: 'thesis',
  dataset: 'dataset',
  standard: 'standard',
};

/** A DOI as a URL path: each part percent-encoded, the slashes kept. */
export function doiPath(doi: string): string {
  return doi.split('/').map(encodeURIComponent).join('/');
}

/** The request (path and query, after the base URL) for `ref`, or null with nothing to search by. */
export function crossrefRequest(ref: Wanted): string | null {
  if (ref.DOI) return `/works/${doiPath(ref.DOI)}`;
  const families = (ref.author ?? []).map((a) => a.family).filter(Boolean);
  const year = issuedYear(ref);
  if (!ref.title && families.length === 0) return null;
  const query = new URLSearchParams();
  // query.bibliographic is meant for citation strings: the title, and the journal when known.
  const citation = ref.title ? [ref.title, ref['container-title']] : [...families, year];
  query.set('query.bibliographic', citation.filter(Boolean).join(' '));
  if (families.length > 0) query.set('query.author', families.join(' '));
  if (year !== undefined) query.set('filter', `from-pub-date:${year},until-pub-date:${year}`);
  query.set('rows', '5');
  return `/works?${query}`;
}

type CrossrefWork = {
  type?: string;
  title?: string[];
  subtitle?: string[];
  author?: { given?: string; family?: string; name?: string }[];
  'container-title'?: string[];
  volume?: string;
  issue?: string;
  page?: string;
  publisher?: string;
  DOI?: string;
  URL?: string;
  issued?: { 'date-parts'?: (number | null)[][] };
};

function names(authors: CrossrefWork['author']): CslName[] | undefined {
  const out: CslName[] = [];
  for (const a of authors ?? []) {
    const family = cleanText(a.family);
    const given = cleanText(a.given);
    const literal = cleanText(a.name);
    if (family) out.push(given ? { family, given } : { family });
    else if (literal) out.push({ literal });
  }
  return out.length > 0 ? out : undefined;
}

function issued(date: CrossrefWork['issued']): CslWork['issued'] {
  const parts = date?.['date-parts']?.[0]?.filter((n): n is number => typeof n === 'number');
  return parts && parts.length > 0 ? { 'date-parts': [parts] } : undefined;
}

/** One Crossref work as CSL-JSON. */
export function fromCrossref(work: CrossrefWork): CslWork {
  const title = cleanText(work.title?.[0]);
  const subtitle = cleanText(work.subtitle?.[0]);
  const doi = bareDoi(work.DOI);
  return {
    type: TYPES[work.type ?? ''] ?? 'document',
    author: names(work.author),
    title: title && subtitle && !title.includes(subtitle) ? `${title}: ${subtitle}` : title,
    'container-title': cleanText(work['container-title']?.[0]),
    volume: cleanText(work.volume),
    issue: cleanText(work.issue),
    page: cleanText(work.page),
    publisher: cleanText(work.publisher),
    DOI: doi,
    URL: cleanText(work.URL) ?? (doi ? `https://doi.org/${doi}` : undefined),
    issued: issued(work.issued),
    source: 'Crossref',
  };
}

/** The works in a Crossref answer (a single work or a work list). */
export function crossrefWorks(body: unknown): CslWork[] {
  const answer = body as { 'message-type'?: string; message?: { items?: CrossrefWork[] } & CrossrefWork } | null;
  if (!answer || typeof answer !== 'object' || !answer.message) return [];
  if (answer['message-type'] === 'work') return [fromCrossref(answer.message)];
  return (answer.message.items ?? []).map(fromCrossref);
}
