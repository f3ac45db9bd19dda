/**
 * Joining a hard-wrapped line to the next: "re-" + "ferences" -> "references"
 * but "high-" + "value-added" -> "high-value-added". The paper's own words
 * decide where they can ("references" occurs elsewhere, or "long-term" does);
 * otherwise known compound-forming words keep their hyphen.
 */

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

/**
 * The paper's words, searched on demand: a paper asks only a handful of
 * questions (one per hyphenated line end), so scanning its text for each is
 * cheaper than indexing every word. A line-end fragment ("re-" before a line
 * break) is no word, since lines stay apart in the searched text.
 */
export function buildVocabulary(lines: readonly string[]): Vocabulary {
  let text: string | undefined;
  const memo = new Map<string, boolean>();
  const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);
  return {
    has(word: string): boolean {
      const known = memo.get(word);
      if (known !== undefined) return known;
      text ??= lines.join('\n').toLowerCase();
      if (word === '' || word.startsWith('-') || word.endsWith('-')) return false;
      const hyphens = word.split('-').length - 1;
      let found = false;
      for (let at = text.indexOf(word); at !== -1 && !found; at = text.indexOf(word, at + 1)) {
        const before = text[at - 1];
        const after = text[at + word.length];
        const joinedBefore = before === '-' && isLetter(text[at - 2]);
        const joinedAfter = after === '-' && isLetter(text[at + word.length + 1]);
        if (isLetter(before) || isLetter(after) || (after === '-' && !joinedAfter)) continue;
        // A word stands alone; a pair ("of-the") may sit inside a longer compound; a longer compound is whole.
        found = hyphens === 1 || (!joinedBefore && !joinedAfter);
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

export function joinKind(prev: string, next: string, vocab: Vocabulary): Join {
  if (prev.endsWith('\u00ad')) return 'drop-hyphen';
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
