/**
 * How a reference and its candidates are shown to the curator: for each
 * candidate its confidence, title, authors, year, venue, DOI and the APIs it
 * came from, with the evidence behind the confidence, so a choice can be
 * made without opening a browser.
 */
import type { Candidate } from './candidates.ts';
import type { CslName } from './csl.ts';
import { issuedYear } from './csl.ts';
import type { Wanted } from './references.ts';

function name(a: CslName): string {
  if (!a.family) return a.literal ?? '';
  const initials = (a.given ?? '')
    .split(/[\s.]+/)
    .filter(Boolean)
    .map((g) => `${g.split('-').map((p) => p[0]).join('.-')}.`)
    .join(' ');
  return initials ? `${a.family}, ${initials}` : a.family;
}

export function authorsLine(authors: readonly CslName[] | undefined): string {
  const all = (authors ?? []).map(name).filter(Boolean);
  if (all.length === 0) return 'no authors given';
  return all.length > 4 ? `${all.slice(0, 3).join('; ')}; et al. (${all.length})` : all.join('; ');
}

const fixed = (n: number) => n.toFixed(2);

/** The reference being resolved: key, then what the collection knows. */
export function describeReference(ref: Wanted): string {
  const known = [ref.author?.length ? authorsLine(ref.author) : undefined, issuedYear(ref), ref.title ? `“${ref.title}”` : undefined].filter(Boolean);
  return `${ref.key}  (${ref.label})${known.length > 0 ? `\n  known: ${known.join(' · ')}` : ''}`;
}

/** One candidate in three lines, numbered from 1. */
export function describeCandidate(c: Candidate, n: number): string {
  const w = c.work;
  const venue = [w['container-title'] ?? w.publisher, w.volume && (w.issue ? `${w.volume}(${w.issue})` : w.volume), w.page].filter(Boolean).join(', ');
  const facts = [authorsLine(w.author), issuedYear(w) ?? 'no year', venue || undefined, w.DOI ? `doi:${w.DOI}` : undefined].filter(Boolean);
  const e = c.evidence;
  const why = e.doi && c.confidence === 1 ? 'same DOI as the reference' : [
    e.title === null ? undefined : `title ${fixed(e.title)}`,
    e.authors === null ? undefined : `authors ${fixed(e.authors)}`,
    e.year === null ? undefined : `year ${fixed(e.year)}`,
  ].filter(Boolean).join(', ');
  const pad = ' '.repeat(String(n).length + 4);
  return [`  ${n}) ${fixed(c.confidence)}  ${w.title ?? '(no title)'}`, `${pad}     ${facts.join(' · ')}`, `${pad}     from ${c.sources.join(' + ')}${why ? ` · ${why}` : ''}`].join('\n');
}
