/**
 * The search dialog's results in the order a reader looks for them: papers
 * first, then glossary entries, then cited works. One Pagefind search per
 * kind (its kind filter) gives each section its own results in Pagefind's
 * order of relevance, without fetching every result's fragment to learn
 * its kind. A kind chosen in the filters leaves that section alone.
 */
import type { Pagefind, PagefindResult } from './pagefind.ts';
import type { Filters } from './search-filters.ts';

export const SECTIONS = [
  { kind: 'paper', label: 'Papers', one: 'paper', many: 'papers', first: 5 },
  { kind: 'concept', label: 'Glossary entries', one: 'glossary entry', many: 'glossary entries', first: 3 },
  { kind: 'reference', label: 'Cited works', one: 'cited work', many: 'cited works', first: 3 },
] as const;

export type Section = (typeof SECTIONS)[number];

export interface SectionResults {
  section: Section;
  results: PagefindResult[];
}

/** The sections that found something, in the order above. */
export async function searchSections(pagefind: Pagefind, query: string | null, filters: Filters): Promise<SectionResults[]> {
  const wanted = SECTIONS.filter((s) => !filters.kind || filters.kind === s.kind);
  const found = await Promise.all(
    wanted.map(async (section) => ({ section, results: (await pagefind.search(query, { filters: { ...filters, kind: section.kind } }))?.results ?? [] })),
  );
  return found.filter((s) => s.results.length > 0);
}

/** "2 papers, 1 glossary entry and 3 cited works". */
export function countText(found: readonly SectionResults[]): string {
  const parts = found.map(({ section, results }) => `${results.length} ${results.length === 1 ? section.one : section.many}`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
}
