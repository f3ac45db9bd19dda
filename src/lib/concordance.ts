/**
 * The concordance: every occurrence of every glossary concept in the
 * collection, as the glossary linker recorded them while rendering each paper
 * (in the frontmatter its remark plugins return). Derived once per build.
 */
import { loadOccurrence, type Occurrence, type StoredOccurrence } from '../markdown/glossary-links.ts';
import { displayTitle } from './bibliographic.ts';
import type { PaperFrontmatter } from '../model/schema.ts';

/** An occurrence with its paper; `match` (and context) only for the first few in each paper. */
export type PlacedOccurrence = Omit<Occurrence, 'before' | 'match' | 'after'> &
  Partial<Pick<Occurrence, 'before' | 'match' | 'after'>> & { paperId: string; paperTitle: string };

/** A paper with the frontmatter its remark plugins returned when it was rendered. */
export interface RenderedPaper {
  id: string;
  data: PaperFrontmatter;
  pluginFrontmatter: Record<string, unknown>;
}

export function occurrencesOf(pluginFrontmatter: Record<string, unknown>): ReturnType<typeof loadOccurrence>[] {
  return ((pluginFrontmatter.concordance as StoredOccurrence[] | undefined) ?? []).map(loadOccurrence);
}

export function buildConcordance(papers: readonly RenderedPaper[]): Map<string, PlacedOccurrence[]> {
  const bySlug = new Map<string, PlacedOccurrence[]>();
  for (const paper of papers) {
    const paperTitle = displayTitle(paper.data);
    for (const o of occurrencesOf(paper.pluginFrontmatter)) {
      const placed = { ...o, paperId: paper.id, paperTitle };
      const list = bySlug.get(o.slug);
      if (list) list.push(placed);
      else bySlug.set(o.slug, [placed]);
    }
  }
  return bySlug;
}
