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

export type Vocabulary = ReadonlySet<string>;

/** Every word and hyphenated compound (and its adjacent pairs) in the lines, lower-cased. */
export function buildVocabulary(lines: Iterable<string>): Vocabulary {
  const vocab = new Set<string>();
  for (const line of lines) {
    for (const m of line.matchAll(/\p{L}+(?:-\p{L}+)*(-)?/gu)) {
      if (m[1]) continue; // a fragment broken at the line end
      const word = m[0].toLowerCase();
      vocab.add(word);
      const parts = word.split('-');
      for (let i = 0; i + 1 < parts.length; i++) vocab.add(`${parts[i]}-${parts[i + 1]}`);
    }
  }
  return vocab;
}

/** Concatenate two wrapped lines the way the typesetter broke them. */
export function joinWrapped(prev: string, next: string, vocab: Vocabulary): string {
  if (prev.endsWith('\u00ad')) return prev.slice(0, -1) + next;
  const broken = /(\p{L}+)-$/u.exec(prev);
  if (broken && /^\p{Ll}/u.test(next)) {
    const right = /^[\p{L}-]+/u.exec(next)![0];
    if (SUSPENDED.has(right)) return `${prev} ${next}`;
    if (right.includes('-')) return prev + next;
    const left = broken[1]!.toLowerCase();
    const joined = left + right.toLowerCase();
    const compound = `${left}-${right.toLowerCase()}`;
    if (vocab.has(compound) && !vocab.has(joined)) return prev + next;
    if (vocab.has(joined)) return prev.slice(0, -1) + next;
    if (COMPOUND_FIRST.has(left)) return prev + next;
    return prev.slice(0, -1) + next;
  }
  // "US-" + "China", "COVID-" + "19", "crises—" + "businesses": no space after the dash.
  if (/\p{L}-$/u.test(prev) && /^[\p{Lu}\d]/u.test(next)) return prev + next;
  if (/\S[—–/]$/u.test(prev)) return prev + next;
  return `${prev} ${next}`;
}
