/**
 * Stage 10: the references collection: one entry per cited work, holding
 * only what the citing pages say (authors, year, title, venue). Every entry
 * built from in-text citations alone is marked incomplete; a curated
 * bibliography completes it later.
 */
import type { Reference } from '../model/schema.ts';
import type { AssembledPaper } from './assemble.ts';
import type { FoundCitation } from './citations.ts';

function authorLabel(authors: readonly string[], etAl: boolean): string {
  if (etAl) return `${authors[0]} et al.`;
  if (authors.length <= 1) return authors[0] ?? '';
  if (authors.length === 2) return `${authors[0]} & ${authors[1]}`;
  return `${authors.slice(0, -1).join(', ')}, & ${authors.at(-1)}`;
}

function fromCitation(c: FoundCitation, paperTitle: string): Reference {
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
  if (c.kind === 'numbered') {
    return { key: c.ref, type: 'document', label: `Reference [${c.number}] of “${paperTitle}”`, incomplete: true };
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

export function collectReferences(papers: readonly AssembledPaper[]): Reference[] {
  const byKey = new Map<string, Reference>();
  for (const { paper, found } of papers) {
    for (const c of found.values()) {
      const ref = fromCitation(c, paper.title ?? paper.id);
      const seen = byKey.get(ref.key);
      // "Liu et al." and "Liu, Kuang, & Wang" are one work: keep the fuller author list.
      if (!seen || (ref.author?.length ?? 0) > (seen.author?.length ?? 0)) byKey.set(ref.key, ref);
    }
  }
  return [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key));
}
