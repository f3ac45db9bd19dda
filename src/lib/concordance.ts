/**
 * The concordance: every occurrence of every glossary concept in the
 * collection, as the glossary linker recorded them while rendering each paper
 * (in the frontmatter its remark plugins return). Derived once per build.
 */
import { loadOccurrence, type Occurrence, type StoredOccurrence } from '../markdown/glossary-links.ts';
import { displayTitle } from './bibliographic.ts';
import type { PaperFrontmatter } from '../model/schema.ts';
import type { Paged } from './paging.ts';

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
 * A concept's concordance in pages. The concept's own page shows the papers
 * that use it most with their passages in context; the pages after it
 * (`/glossary/<slug>/uses/<n>/`) list the other papers one line each, linked
 * to the first use. With contexts on every page, a concept used across the
 * collection cost about a page of 55 KB per 25 papers: a file and 35 KB a
 * paper of the whole site, as much as a paper's own page (bench, N = 300).
 */
export const PAPERS_WITH_CONTEXT = 25;
export const PAPERS_PER_LATER_PAGE = 250;

/** How many pages a concordance of `papers` papers has. */
export function concordancePages(papers: number): number {
  return 1 + Math.max(0, Math.ceil((papers - PAPERS_WITH_CONTEXT) / PAPERS_PER_LATER_PAGE));
}

/** One page of a concept's concordance, `page` counted from 1 (the concept's own page). */
export function concordancePage<T>(papers: readonly T[], page: number): Paged<T> {
  const from = page === 1 ? 0 : PAPERS_WITH_CONTEXT + (page - 2) * PAPERS_PER_LATER_PAGE;
  const to = page === 1 ? PAPERS_WITH_CONTEXT : from + PAPERS_PER_LATER_PAGE;
  return { items: papers.slice(from, to), page, pages: concordancePages(papers.length), first: from + 1, total: papers.length };
}
