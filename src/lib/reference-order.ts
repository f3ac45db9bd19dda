/**
 * Orders of the references list: by author (then year) and by year (then author).
 */
import type { Reference } from '../model/schema.ts';
import { year } from './bibliographic.ts';

// Works without authors file under their title, less a leading article (APA).
const authorKey = (r: Reference) => (r.author?.[0]?.family ?? r.title ?? r.label).toLowerCase().replace(/^(?:a|an|the)\s+/, '');

export const byAuthor = (a: Reference, b: Reference) => authorKey(a).localeCompare(authorKey(b)) || (year(a.issued) ?? 0) - (year(b.issued) ?? 0);
export const byYear = (a: Reference, b: Reference) => (year(a.issued) ?? 0) - (year(b.issued) ?? 0) || authorKey(a).localeCompare(authorKey(b));
