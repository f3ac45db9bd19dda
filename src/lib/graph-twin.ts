/**
 * The graph's accessible twin (its tables) in pages. As one page, the table
 * of every node and the term map with a column per paper came to 18 MB at
 * 1,000 papers: slow to build, and a page the drawing beside it waited for.
 * Page 1 of each table is on /graph/; the others have pages of their own.
 */
import { type Paged, pageOf } from './paging.ts';
import { href } from './urls.ts';

export const NODES_PER_PAGE = 150;
export const PAPERS_PER_PAGE = 30;
/** A node's heaviest links shown in its row; all of them are on the node's own page. */
export const LINKS_PER_ROW = 12;

export type GraphTable = 'nodes' | 'term-map';

/** Each table's name, as its heading on /graph/ and on its later pages. */
export const TABLE_NAMES: Record<GraphTable, string> = { nodes: 'Nodes and their links', 'term-map': 'Term map' };

export interface TablePage<T> extends Paged<T> {
  table: GraphTable;
}

export function tablePage<T>(table: GraphTable, items: readonly T[], page: number, size: number): TablePage<T> {
  return { table, ...pageOf(items, page, size) };
}

export function tablePageHref(table: GraphTable, page: number): string {
  return page === 1 ? href(`graph/#graph-${table}`) : href(`graph/${table}/${page}/`);
}
