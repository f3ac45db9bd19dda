/**
 * Long lists cut into numbered pages, so that no page grows with the
 * collection: the graph's tables, a concept's concordance.
 */

export interface Paged<T> {
  items: T[];
  /** 1-based. */
  page: number;
  pages: number;
  /** Position of the first item in the whole list, 1-based. */
  first: number;
  total: number;
}

export function pageOf<T>(items: readonly T[], page: number, size: number): Paged<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return { items: items.slice((page - 1) * size, page * size), page, pages, first: (page - 1) * size + 1, total: items.length };
}

/** The positions of a page's items in the whole list, as a reader reads them: "26–50". */
export function shownRange(paged: Paged<unknown>): string {
  return `${paged.first}–${paged.first + paged.items.length - 1}`;
}

/** The page numbers after the first, which get routes of their own. */
export function laterPages(count: number, size: number): number[] {
  return Array.from({ length: Math.max(0, Math.ceil(count / size) - 1) }, (_, i) => i + 2);
}

/** Papers on each page of the papers list (the home page and /page/<n>/). */
export const PAPERS_PER_LIST_PAGE = 25;

/**
 * The page numbers a pager shows: all of them when there are few, otherwise
 * the first, the last and the two either side of the current one, with
 * `null` for each gap. A collection of 10,000 papers would otherwise put 400
 * links under its papers list.
 */
export function pagerNumbers(page: number, pages: number): (number | null)[] {
  if (pages <= 9) return Array.from({ length: pages }, (_, i) => i + 1);
  const from = Math.max(2, Math.min(page - 2, pages - 5));
  const to = Math.min(pages - 1, Math.max(page + 2, 6));
  return [1, ...(from > 2 ? [null] : []), ...Array.from({ length: to - from + 1 }, (_, i) => from + i), ...(to < pages - 1 ? [null] : []), pages];
}
