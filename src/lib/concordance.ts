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

/** A concept's uses in one paper, for the concordance on its page. */
export interface PaperUses {
  paperId: string;
  paperTitle: string;
  uses: PlacedOccurrence[];
}

/** A concept's occurrences grouped by paper, the papers that use it most first (ties in collection order). */
export function usesByPaper(occurrences: readonly PlacedOccurrence[]): PaperUses[] {
  const byPaper = new Map<string, PaperUses>();
  for (const o of occurrences) {
    const entry = byPaper.get(o.paperId);
    if (entry) entry.uses.push(o);
    else byPaper.set(o.paperId, { paperId: o.paperId, paperTitle: o.paperTitle, uses: [o] });
  }
  return [...byPaper.values()].sort((a, b) => b.uses.length - a.uses.length);
}

/**
 * Papers on each page of a concept's concordance: the first page is the
 * concept's own, the rest are `/glossary/<slug>/uses/<n>/`. A concept used
 * throughout a large collection would otherwise make a page that grows with
 * it (900 KB at 1,000 papers).
 */
export const PAPERS_PER_CONCORDANCE_PAGE = 25;
