/**
 * Orders of the references list: by author (then year) and by year (then author).
 */
import type { Reference } from '../model/schema.ts';
import { year } from './bibliographic.ts';
import { href } from './urls.ts';

// Works without authors file under their title, less a leading article (APA).
const authorKey = (r: Reference) => (r.author?.[0]?.family ?? r.title ?? r.label).toLowerCase().replace(/^(?:a|an|the)\s+/, '');

export const byAuthor = (a: Reference, b: Reference) => authorKey(a).localeCompare(authorKey(b)) || (year(a.issued) ?? 0) - (year(b.issued) ?? 0);
export const byYear = (a: Reference, b: Reference) => (year(a.issued) ?? 0) - (year(b.issued) ?? 0) || authorKey(a).localeCompare(authorKey(b));

export type ReferenceOrder = 'author' | 'year';

/** Works on each page of the references list. */
export const REFERENCES_PER_PAGE = 200;

/** Page `n` of the references list in an order: the first is /references/ or /references/by-year/. */
export function referencesPageHref(order: ReferenceOrder, n: number): string {
  if (order === 'author') return href(n === 1 ? 'references/' : `references/by-author/${n}/`);
  return href(n === 1 ? 'references/by-year/' : `references/by-year/${n}/`);
}
