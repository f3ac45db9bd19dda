/**
 * What a single body line is: a heading, the start of a list item, or prose.
 * Decided from the line's own shape plus its neighbours, never from a list
 * of known titles, so that pages the ingest has never seen are read alike.
 */
import { alternation } from '../../shared/lexicon.ts';
import { endsSentence, hasInnerSentenceBreak, isTitleCase, printedWidth, titleCaseRatio, wordCount } from '../../shared/text-shape.ts';

const NUMBERED_HEADING = /^(?<num>\d{1,2}(?:\.\d{1,2})*\.?|[IVXLC]{1,6}\.|[A-H]\.)\s+(?<rest>\S.*)$/u;
const LIST_MARKER = /^(?<marker>\d{1,2}[.)]|\(\d{1,2}\)|\(?[a-h]\)|[•·▪◦‣*–-])\s+(?=\S)/u;

// The one-word headings of a paper's usual sections.
const SECTION_WORDS = new RegExp(`^(?:${alternation('section')})$`, 'u');

export type HeadingStyle = 'decimal' | 'roman' | 'letter' | 'plain';

export interface HeadingLine {
  style: HeadingStyle;
  /** Nesting implied by the number itself ("2.3" -> 2), when it has one. */
  level?: number;
}

export interface LineContext {
  /** Previous non-blank body line, if any, and whether a blank line came between. */
  prev?: string;
  blankBefore: boolean;
  next?: string;
  blankAfter: boolean;
  /** Full measure of the page. */
  measure: number;
}

function isHeadingText(rest: string): boolean {
  const words = wordCount(rest);
  return (
    words >= 1 &&
    words <= 20 &&
    isTitleCase(rest, 0.75) &&
    !hasInnerSentenceBreak(rest) &&
    !/[,;]$/.test(rest)
  );
}

function opensAfterBreak(ctx: LineContext): boolean {
  return ctx.prev === undefined || ctx.blankBefore || endsSentence(ctx.prev);
}

/** The numbering style of a line known to be a heading ("2.3 …" decimal at level 2, "IV. …" roman, else plain). */
export function headingStyle(text: string): HeadingLine {
  const num = /^(\d{1,2}(?:\.\d{1,2})*\.?|[IVXLC]{1,6}\.|[A-H]\.)\s+\S/u.exec(text)?.[1];
  if (!num) return { style: 'plain' };
  if (/^[IVXLC]+\.$/.test(num)) return { style: 'roman' };
  if (/^[A-H]\.$/.test(num)) return { style: 'letter' };
  return { style: 'decimal', level: num.replace(/\.$/, '').split('.').length };
}

export function headingLine(text: string, ctx: LineContext): HeadingLine | undefined {
  if (!opensAfterBreak(ctx)) return undefined;
  const numbered = NUMBERED_HEADING.exec(text);
  if (numbered?.groups) {
    const { num, rest } = numbered.groups;
    if (!isHeadingText(rest!) || /[.]$/.test(rest!) && wordCount(rest!) > 8) return undefined;
    if (/^[IVXLC]+\.$/.test(num!)) return { style: 'roman' };
    if (/^[A-H]\.$/.test(num!)) return { style: 'letter' };
    return { style: 'decimal', level: num!.replace(/\.$/, '').split('.').length };
  }
  const words = wordCount(text);
  if (words === 1 && SECTION_WORDS.test(text)) return { style: 'plain' };
  const { ratio, content } = titleCaseRatio(text);
  if (words < 2 || words > 15 || content < 2 || ratio < 0.8) return undefined;
  if (/[.,;:]$/.test(text) || hasInnerSentenceBreak(text)) return undefined;
  const standsAlone = ctx.blankBefore && (ctx.blankAfter || ctx.next === undefined);
  if (!standsAlone && printedWidth(text) > 0.9 * ctx.measure) return undefined;
  if (!standsAlone && ctx.next !== undefined && !/^[\p{Lu}\d“"‘(]/u.test(ctx.next)) return undefined;
  return { style: 'plain' };
}

export function listMarker(text: string, ctx: LineContext): string | undefined {
  const m = LIST_MARKER.exec(text);
  if (!m?.groups) return undefined;
  if (!opensAfterBreak(ctx) && !/[;:]$/.test(ctx.prev ?? '')) return undefined;
  return m.groups.marker;
}
