/**
 * The concordance: every occurrence of every glossary concept in the
 * collection, as the glossary linker recorded them while rendering each paper
 * (in its rendered frontmatter). Derived once per build.
 */
import type { Occurrence } from '../markdown/glossary-links.ts';
import { displayTitle } from './bibliographic.ts';
import type { PaperFrontmatter } from '../model/schema.ts';

export interface PlacedOccurrence extends Occurrence {
  paperId: string;
  paperTitle: string;
}

interface RenderedPaper {
  id: string;
  data: PaperFrontmatter;
  rendered?: unknown;
}

export function occurrencesOf(paper: RenderedPaper): Occurrence[] {
  const rendered = paper.rendered as { metadata?: { frontmatter?: Record<string, unknown> } } | undefined;
  return (rendered?.metadata?.frontmatter?.concordance as Occurrence[] | undefined) ?? [];
}

export function buildConcordance(papers: readonly RenderedPaper[]): Map<string, PlacedOccurrence[]> {
  const bySlug = new Map<string, PlacedOccurrence[]>();
  for (const paper of papers) {
    const paperTitle = displayTitle(paper.data);
    for (const o of occurrencesOf(paper)) {
      const placed = { ...o, paperId: paper.id, paperTitle };
      const list = bySlug.get(o.slug);
      if (list) list.push(placed);
      else bySlug.set(o.slug, [placed]);
    }
  }
  return bySlug;
}
