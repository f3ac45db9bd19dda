/**
 * The graph's accessible twin (its tables) in pages. As one page, the table
 * of every node and the term map with a column per paper came to 18 MB at
 * 1,000 papers: slow to build, and a page the drawing beside it waited for.
 * Page 1 of each table is on /graph/; the others have pages of their own.
 */
import { href } from './urls.ts';

export const NODES_PER_PAGE = 150;
export const PAPERS_PER_PAGE = 30;
/** A node's heaviest links shown in its row; all of them are on the node's own page. */
export const LINKS_PER_ROW = 12;

export type GraphTable = 'nodes' | 'term-map';

export interface TablePage<T> {
  table: GraphTable;
  items: T[];
  /** 1-based. */
  page: number;
  pages: number;
  /** Position of the first item in the whole table, 1-based. */
  first: number;
  total: number;
}

export function tablePage<T>(table: GraphTable, items: readonly T[], page: number, size: number): TablePage<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return { table, items: items.slice((page - 1) * size, page * size), page, pages, first: (page - 1) * size + 1, total: items.length };
}

/** The pages after the first (the first is on /graph/). */
export function laterPages(count: number, size: number): number[] {
  return Array.from({ length: Math.max(0, Math.ceil(count / size) - 1) }, (_, i) => i + 2);
}

export function tablePageHref(table: GraphTable, page: number): string {
  return page === 1 ? href(`graph/#graph-${table}`) : href(`graph/${table}/${page}/`);
}
