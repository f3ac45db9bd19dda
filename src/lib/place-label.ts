/**
 * How a link names a place in a paper: its printed page ("p. 52"), or, in a
 * paper without printed pages (a web article), its block ("¶ 12", the number
 * of its anchor, #b12), so that no link reads only "the text".
 */

import { blockNumber } from '../model/anchors.ts';
import { firstOfEach } from './first-of-each.ts';

export function placeLabel(page: number | null, block: string): string {
  return page !== null ? `p. ${page}` : `¶ ${blockNumber(block)}`;
}

/** The place with its paragraph even on a printed page ("p. 43 (¶ 4)"): for lists where one page holds several. */
export function exactPlaceLabel(page: number | null, block: string): string {
  return page !== null ? `${placeLabel(page, block)} (¶ ${blockNumber(block)})` : placeLabel(page, block);
}

/**
 * Labels for a list of places in one paper, one per paragraph: plain where
 * each page is named once, with the paragraph where a page holds several (two
 * links reading "p. 4" that lead to different places would be ambiguous).
 */
export function placeLabels(places: readonly { page: number | null; block: string }[]): { block: string; label: string }[] {
  const unique = firstOfEach(places, (p) => p.block);
  const perPage = new Map<number, number>();
  for (const p of unique) if (p.page !== null) perPage.set(p.page, (perPage.get(p.page) ?? 0) + 1);
  return unique.map((p) => ({ block: p.block, label: p.page !== null && perPage.get(p.page)! > 1 ? exactPlaceLabel(p.page, p.block) : placeLabel(p.page, p.block) }));
}
