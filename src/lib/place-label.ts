/**
 * How a link names a place in a paper: its printed page ("p. 52"), or, in a
 * paper without printed pages (a web article), its block ("¶ 12", the number
 * of its anchor, #b12), so that no link reads only "the text".
 */
export function placeLabel(page: number | null, block: string): string {
  return page !== null ? `p. ${page}` : `¶ ${block.replace(/^b/, '')}`;
}
