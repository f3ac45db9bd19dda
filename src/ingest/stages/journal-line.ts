/**
 * The journal running head of a PDF page: "THE JOURNAL OF ECONOMIC SCIENCES:
 * THEORY AND PRACTICE, V.83, # 1, 2026, pp. 40-57". Gives container title,
 * volume, issue, year and the article's page range.
 */
import type { JournalLine } from './page.ts';
import { isShouted, titleCaseShouted } from '../../shared/text-shape.ts';

const VOLUME = String.raw`(?:V(?:ol)?\.?|Volume)\s*(?<volume>\d+)`;
const ISSUE = String.raw`(?:#|No\.?|Nº|N°|Issue)\s*(?<issue>\d+(?:[/-]\d+)?)`;
const YEAR = String.raw`(?<year>(?:1[89]|20)\d{2})`;
const PAGES = String.raw`pp?\.?\s*(?<first>\d+)\s*[-–—]\s*(?<last>\d+)`;

const LABELLED = new RegExp(
  String.raw`^(?<title>[^\d]*?\p{L}[^\d]*?)[,.]?\s+${VOLUME}\s*[,;]\s*${ISSUE}\s*[,;]\s*(?:\(?${YEAR}\)?\s*[,;]\s*)?${PAGES}\.?$`,
  'iu',
);
// "Journal of Trade Studies 12(3), 2024, 5-19"
const COMPACT = new RegExp(
  String.raw`^(?<title>[^\d]*?\p{L}[^\d]*?)[,.]?\s+(?<volume>\d+)\s*\((?<issue>\d+(?:[/-]\d+)?)\)\s*[,;:]\s*(?:\(?${YEAR}\)?\s*[,;]\s*)?(?:pp?\.?\s*)?(?<first>\d+)\s*[-–—]\s*(?<last>\d+)\.?$`,
  'iu',
);

/** Both forms end in a page range; a line without one is no journal line (and the forms' lazy title is slow to rule out). */
const ENDS_IN_RANGE = /\d\s*[-–—]\s*\d+\.?\s*$/u;

/** The most pages one article is taken to span; a longer printed range is a misreading. */
export const MAX_ARTICLE_PAGES = 2000;

export function isPlausibleRange(first: number, last: number): boolean {
  return Number.isSafeInteger(first) && Number.isSafeInteger(last) && first >= 1 && last >= first && last - first < MAX_ARTICLE_PAGES;
}

export function parseJournalLine(text: string): JournalLine | undefined {
  if (!ENDS_IN_RANGE.test(text)) return undefined;
  const m = LABELLED.exec(text.trim()) ?? COMPACT.exec(text.trim());
  if (!m?.groups) return undefined;
  const g = m.groups;
  const raw = g.title!.trim().replace(/[,.;:]+$/, '');
  const line: JournalLine = { containerTitle: isShouted(raw) ? titleCaseShouted(raw) : raw };
  if (g.volume) line.volume = g.volume;
  if (g.issue) line.issue = g.issue;
  if (g.year) line.year = Number(g.year);
  const [first, last] = [Number(g.first), Number(g.last)];
  // A range no article spans ("pp. 40-9999999999", "pp. 57-40") says nothing of the pages: left out, never trusted.
  if (isPlausibleRange(first, last)) Object.assign(line, { firstPage: first, lastPage: last });
  return line;
}
