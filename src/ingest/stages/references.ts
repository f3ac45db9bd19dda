/**
 * The references collection: one entry per cited work, holding
 * only what the citing pages say (authors, year, title, venue). Every entry
 * built from in-text citations alone is marked incomplete; a curated
 * bibliography completes it later.
 */
import type { Reference } from '../../model/schema.ts';
import { type Bibliography, completeReference } from './bibliography.ts';
import type { FoundCitation } from './citations.ts';

function authorLabel(authors: readonly string[], etAl: boolean): string {
  if (etAl) return `${authors[0]} et al.`;
  if (authors.length <= 1) return authors[0] ?? '';
  if (authors.length === 2) return `${authors[0]} & ${authors[1]}`;
  return `${authors.slice(0, -1).join(', ')}, & ${authors.at(-1)}`;
}

function fromCitation(c: FoundCitation): Reference {
  const year = c.year ? Number.parseInt(c.year, 10) : undefined;
  const issued = year ? { issued: { 'date-parts': [[year]] } } : {};
  if (c.kind === 'named' && c.work) {
    return {
      key: c.ref,
      type: 'article-journal',
      title: c.work.title,
      ...(c.work.container ? { 'container-title': c.work.container } : {}),
      ...(c.work.volume ? { volume: c.work.volume } : {}),
      ...(c.work.issue ? { issue: c.work.issue } : {}),
      ...issued,
      label: `“${c.work.title}”, ${[c.work.container, c.year].filter(Boolean).join(', ')}`,
      incomplete: true,
    };
  }
  return {
    key: c.ref,
    type: 'document',
    author: c.authors.map((family) => ({ family })),
    ...issued,
    label: `${authorLabel(c.authors, c.etAl)}, ${c.year}`,
    incomplete: true,
  };
}

function fieldCount(r: Reference): number {
  return Object.values(r).filter((v) => v !== undefined).length + (r.author?.length ?? 0);
}

/**
 * @param found what each paper's citations say of the works they cite, papers in id order
 * @param bibliography curated records that complete references by key
 * @param listed the entries of the papers' printed reference lists: what the
 *   pages give of a work outranks what a citation of it says; the curated
 *   bibliography outranks both
 */
export function collectReferences(found: Iterable<Iterable<FoundCitation>>, bibliography: Bibliography = new Map(), listed: Iterable<Iterable<Reference>> = []): Reference[] {
  const byKey = new Map<string, Reference>();
  const printed = new Map<string, Reference>();
  for (const entries of listed) {
    for (const r of entries) {
      const seen = printed.get(r.key);
      if (!seen || fieldCount(r) > fieldCount(seen)) printed.set(r.key, r);
    }
  }
  for (const citations of found) {
    for (const c of citations) {
      // "[3]" is local to the paper that numbers it: listed on that paper's page, not collection-wide.
      if (c.kind === 'numbered') continue;
      const ref = fromCitation(c);
      const seen = byKey.get(ref.key);
      // "Liu et al." and "Liu, Kuang, & Wang" are one work: keep the fuller author list.
      if (!seen || (ref.author?.length ?? 0) > (seen.author?.length ?? 0)) byKey.set(ref.key, ref);
    }
  }
  for (const [key, r] of printed) {
    const cited = byKey.get(key);
    // The citation's label stays: it is how the paper names the work ("Liu et al., 2024a").
    byKey.set(key, cited ? { ...r, label: cited.label } : r);
  }
  return [...byKey.values()].map((r) => completeReference(r, bibliography.get(r.key))).sort((a, b) => a.key.localeCompare(b.key));
}
