/**
 * A search result's excerpt, built here from the page's indexed words rather
 * than taken from Pagefind: Pagefind's window can run from the last words
 * before a gap of missing pages into the first words after it, as if they
 * were one sentence, and it marks no cut. The window is Pagefind's choice
 * (the densest run of matches, by their scores) made inside one stretch of
 * text between gaps, and an ellipsis stands wherever the text goes on.
 */
import { MISSING_PAGES_ID } from '../model/anchors.ts';
import type { PagefindResultData } from './pagefind.ts';

export const EXCERPT_WORDS = 24;
const ELLIPSIS = '…';
// Pagefind's own word boundaries (its word_separators), so that its word positions index this list.
const WORD_SEPARATORS = /[^\S\uFEFF]+/g;

interface Found {
  location: number;
  score: number;
}

/** The page's words as Pagefind counts them, and what joins them (nothing in scripts written without spaces). */
export function indexedWords(data: PagefindResultData): { words: string[]; joiner: string } {
  if (data.raw_content === undefined) return { words: data.content.split(WORD_SEPARATORS), joiner: ' ' };
  const unescape = (w: string) => w.replaceAll('&lt;', '<').replaceAll('&gt;', '>');
  if (data.raw_content.includes('\u200B')) return { words: data.raw_content.split('\u200B').map(unescape), joiner: '' };
  return { words: data.raw_content.split(WORD_SEPARATORS).map(unescape), joiner: ' ' };
}

/** Word positions of the notices of missing pages (missing-pages.ts): the text before one does not run on into the text after. */
export function gapsOf(data: PagefindResultData): number[] {
  return (data.anchors ?? [])
    .filter((a) => MISSING_PAGES_ID.test(a.id))
    .map((a) => a.location)
    .sort((a, b) => a - b);
}

/** Whether a gap lies after word `from` and at or before word `to`. */
export const gapBetween = (gaps: readonly number[], from: number, to: number) => gaps.some((g) => g > from && g <= to);

/**
 * The words [start, end) to show: in each stretch between gaps that holds a
 * match, the run of `length` words whose matches score most (ties: the
 * middle one of a row, as Pagefind's calculate_excerpt_region); the best
 * stretch wins, the earlier on a tie.
 */
export function excerptWindow(total: number, found: readonly Found[], gaps: readonly number[], length = EXCERPT_WORDS): { start: number; end: number } {
  const bounds = [0, ...gaps.filter((g) => g > 0 && g < total), total];
  let best = { start: 0, end: Math.min(total, length), score: -1 };
  for (let s = 0; s + 1 < bounds.length; s++) {
    const from = bounds[s]!;
    const to = bounds[s + 1]!;
    const inside = found.filter((f) => f.location >= from && f.location < to);
    if (inside.length === 0) continue;
    // Scores by word of this stretch, summed over a window that slides one word at a time.
    const scores = new Float64Array(to - from);
    for (const f of inside) scores[f.location - from]! += f.score;
    const width = Math.min(length, to - from);
    let sum = scores.subarray(0, width).reduce((a, b) => a + b, 0);
    let top = sum;
    let row = [from];
    for (let start = from + 1; start + width <= to; start++) {
      sum += scores[start - from + width - 1]! - scores[start - from - 1]!;
      if (sum > top) [top, row] = [sum, [start]];
      else if (sum === top && row.at(-1) === start - 1) row.push(start);
    }
    if (top > best.score) {
      const start = row[Math.floor(row.length / 2)] ?? from;
      best = { start, end: Math.min(to, start + length), score: top };
    }
  }
  return { start: best.start, end: best.end };
}

/**
 * The excerpt around `locations` (by default every match on the page), as
 * text and <mark>s, with an ellipsis where the text goes on before or after.
 */
export function excerptNodes(data: PagefindResultData, locations: readonly number[] = data.locations): Node[] {
  const { words, joiner } = indexedWords(data);
  const scores = new Map((data.weighted_locations ?? []).map((w) => [w.location, w.balanced_score]));
  const found = locations.map((location) => ({ location, score: scores.get(location) ?? 1 }));
  const { start, end } = excerptWindow(words.length, found, gapsOf(data));
  const marked = new Set(locations);
  const nodes: Node[] = [];
  let text = start > 0 ? `${ELLIPSIS}${joiner}` : '';
  for (let i = start; i < end; i++) {
    const sep = i + 1 < end ? joiner : '';
    if (marked.has(i)) {
      if (text) nodes.push(document.createTextNode(text));
      nodes.push(Object.assign(document.createElement('mark'), { textContent: words[i] ?? '' }));
      text = sep;
    } else text += `${words[i] ?? ''}${sep}`;
  }
  text += end < words.length ? `${joiner}${ELLIPSIS}` : '';
  if (text) nodes.push(document.createTextNode(text));
  return nodes;
}

/** The words Pagefind matched, as they stand in the text ("“reshoring”," → "reshoring"), for the landing page to mark. */
export function matchedWords(data: PagefindResultData, query: string): string[] {
  const found = new Set(query.toLowerCase().split(/\s+/).filter(Boolean));
  const { words } = indexedWords(data);
  for (const location of data.locations) {
    const word = (words[location] ?? '').toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (word) found.add(word);
  }
  return [...found];
}
