/**
 * The author/title running head of a PDF page: "Li Ting: The Impact of ...
 * A Study" possibly wrapped onto a second line "on the Reshaping of ...".
 */
import type { BodyLine, RunningHead } from './page.ts';
import { PERSON_LIST, parseNameList } from './names.ts';
import { endsSentence, hasInnerSentenceBreak, isTitleCase, printedWidth } from '../../shared/text-shape.ts';

export function parseRunningHead(text: string): RunningHead | undefined {
  const colon = text.indexOf(': ');
  if (colon <= 0) return undefined;
  const who = text.slice(0, colon).trim();
  const title = text.slice(colon + 2).trim();
  if (!PERSON_LIST.test(who) || title.length === 0) return undefined;
  if (!isTitleCase(title, 0.7) || hasInnerSentenceBreak(title)) return undefined;
  return { authors: parseNameList(who), title };
}

/**
 * Is `next` the second line of a running head that wrapped? Only a head that
 * filled the measure can wrap, and its continuation reads as title words.
 */
export function continuesRunningHead(head: BodyLine, next: BodyLine | undefined, measure: number): boolean {
  if (!next || next.clean === '') return false;
  if (printedWidth(head.clean) < 0.8 * measure || endsSentence(head.clean)) return false;
  if (/^(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.)\s/.test(next.clean)) return false;
  return isTitleCase(next.clean, 0.8) && !hasInnerSentenceBreak(next.clean) && !/[.,;]$/.test(next.clean);
}
