/**
 * Joining a hard-wrapped line to the next: "re-" + "ferences" -> "references"
 * but "high-" + "value-added" -> "high-value-added". The paper's own words
 * decide where they can ("references" occurs elsewhere, or "long-term" does);
 * otherwise known compound-forming words keep their hyphen.
 */

import { isLetterUnit } from '../../shared/text-shape.ts';

const COMPOUND_FIRST = new Set(
  (
    'high low long short well self non cross multi state cost mid small large medium full part middle upper lower ' +
    'half top world market data knowledge technology labor labour capital export import value supply demand ' +
    'policy trade price risk time country firm region sector industry one two three four five six seven eight ' +
    'nine ten twelve twenty hundred first second third single double multi'
  ).split(' '),
);
const SUSPENDED = new Set(['and', 'or', 'nor', 'to', 'as', 'than']);

/** Does the paper use this word (or compound) anywhere, as a whole word? */
export interface Vocabulary {
  has(word: string): boolean;
}

const isLetter = (ch: string | undefined) => ch !== undefined && isLetterUnit(ch.charCodeAt(0));
/** A word the index can answer for: letters (of the BMP, as isLetter reads them), or such runs joined by single hyphens. */
const INDEXABLE = /^\p{L}+(?:-\p{L}+)*$/u;
const indexable = (word: string) => INDEXABLE.test(word) && !/[\ud800-\udfff]/.test(word);
/** Questions answered by scanning before the paper's words are indexed instead. */
const SCANS_BEFORE_INDEX = 32;

/** Whether `word` occurs in `text` as a whole word, by scanning (see buildVocabulary). */
function scanFor(text: string, word: string): boolean {
  const hyphens = word.split('-').length - 1;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1];
    const after = text[at + word.length];
    const joinedBefore = before === '-' && isLetter(text[at - 2]);
    const joinedAfter = after === '-' && isLetter(text[at + word.length + 1]);
    if (isLetter(before) || isLetter(after) || (after === '-' && !joinedAfter)) continue;
    // A word stands alone; a pair ("of-the") may sit inside a longer compound; a longer compound is whole.
    if (hyphens === 1 || (!joinedBefore && !joinedAfter)) return true;
  }
  return false;
}

/**
 * The answers scanFor gives, for every indexable word at once, from one pass:
 * each compound (letter runs joined by single hyphens) counts whole, its
 * adjacent pairs count as pairs, and a lone run as a word; a compound that
 * ends in a line-end hyphen ("frag-") counts for none of its final parts.
 */
function indexWords(text: string): Set<string> {
  const known = new Set<string>();
  let i = 0;
  while (i < text.length) {
    if (!isLetter(text[i])) {
      i++;
      continue;
    }
    // One compound: runs[k] = [start, end) of its k-th letter run.
    const runs: [number, number][] = [];
    for (;;) {
      const start = i;
      while (i < text.length && isLetter(text[i])) i++;
      runs.push([start, i]);
      if (text[i] === '-' && isLetter(text[i + 1])) i++;
      else break;
    }
    const dangling = text[i] === '-';
    const last = runs.length - 1;
    if (!dangling) known.add(text.slice(runs[0]![0], runs[last]![1]));
    for (let k = 0; k < last; k++) if (!(dangling && k + 1 === last)) known.add(text.slice(runs[k]![0], runs[k + 1]![1]));
  }
  return known;
}

/**
 * The paper's words, searched on demand. Most papers ask a handful of
 * questions (one or two per hyphenated line end), and scanning the text for
 * each is cheaper than indexing every word; a paper that asks many (a long
 * dump, hyphenated throughout) gets its words indexed once, so the work stays
 * linear in its length. A line-end fragment ("re-" before a line break) is
 * no word, since lines stay apart in the searched text.
 */
export function buildVocabulary(lines: readonly string[]): Vocabulary {
  let text: string | undefined;
  let index: Set<string> | undefined;
  let scans = 0;
  const memo = new Map<string, boolean>();
  return {
    has(word: string): boolean {
      const known = memo.get(word);
      if (known !== undefined) return known;
      if (word === '' || word.startsWith('-') || word.endsWith('-')) return false;
      text ??= lines.join('\n').toLowerCase();
      let found: boolean;
      if (index && indexable(word)) found = index.has(word);
      else {
        found = scanFor(text, word);
        if (++scans === SCANS_BEFORE_INDEX) index = indexWords(text);
      }
      memo.set(word, found);
      return found;
    },
  };
}

/**
 * How a wrapped line joins the next: drop its final hyphen (or soft hyphen),
 * append directly, or append after a space. Only the end of `prev` is read,
 * so joining stays linear however long the paragraph grows.
 */
export type Join = 'drop-hyphen' | 'direct' | 'space';

const CJK_END = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]$/u;
const CJK_START = /^[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

export function joinKind(prev: string, next: string, vocab: Vocabulary): Join {
  if (prev.endsWith('\u00ad')) return 'drop-hyphen';
  // Chinese and Japanese wrap anywhere and put no space between words.
  if (CJK_END.test(prev) && CJK_START.test(next)) return 'direct';
  if (!prev.endsWith('-') && !/[—–/]$/u.test(prev)) return 'space';
  const tail = prev.slice(-80);
  const broken = /(\p{L}+)-$/u.exec(tail);
  if (broken && /^\p{Ll}/u.test(next)) {
    const right = /^[\p{L}-]+/u.exec(next)![0];
    if (SUSPENDED.has(right)) return 'space';
    if (right.includes('-')) return 'direct';
    const left = broken[1]!.toLowerCase();
    const joined = left + right.toLowerCase();
    const compound = `${left}-${right.toLowerCase()}`;
    if (vocab.has(compound) && !vocab.has(joined)) return 'direct';
    if (vocab.has(joined)) return 'drop-hyphen';
    if (COMPOUND_FIRST.has(left)) return 'direct';
    return 'drop-hyphen';
  }
  // "US-" + "China", "COVID-" + "19", "crises—" + "businesses": no space after the dash.
  if (/\p{L}-$/u.test(tail) && /^[\p{Lu}\d]/u.test(next)) return 'direct';
  if (/\S[—–/]$/u.test(tail)) return 'direct';
  return 'space';
}

/** Concatenate two wrapped lines the way the typesetter broke them. */
export function joinWrapped(prev: string, next: string, vocab: Vocabulary): string {
  const kind = joinKind(prev, next, vocab);
  return kind === 'drop-hyphen' ? prev.slice(0, -1) + next : kind === 'direct' ? prev + next : `${prev} ${next}`;
}
