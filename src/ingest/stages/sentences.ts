/**
 * The sentence around a span of text: the "cited by" snippet of a citation.
 * Abbreviations that end in a period ("et al.", "e.g.", "p.") do not end a sentence.
 */
const ABBREVIATION_END = /(?:\bet al|\be\.g|\bi\.e|\bcf|\bpp?|\bVol|\bNo|\bFig|\bvs|\b[A-Z])\.$/u;

function isBoundary(text: string, i: number): boolean {
  if (!/[.?!]/.test(text[i]!)) return false;
  let j = i + 1;
  while (j < text.length && /[”"’)\]]/u.test(text[j]!)) j++;
  if (j < text.length && text[j] !== ' ') return false;
  while (j < text.length && text[j] === ' ') j++;
  if (j < text.length && !/[\p{Lu}\d“"(]/u.test(text[j]!)) return false;
  return !ABBREVIATION_END.test(text.slice(Math.max(0, i - 6), i + 1));
}

export function sentenceAround(text: string, start: number, end: number): string {
  let from = 0;
  for (let i = start - 1; i >= 0; i--) {
    if (isBoundary(text, i)) {
      from = i + 1;
      break;
    }
  }
  let to = text.length;
  for (let i = Math.max(end - 1, start); i < text.length; i++) {
    if (isBoundary(text, i)) {
      to = i + 1;
      while (to < text.length && /[”"’)\]]/u.test(text[to]!)) to++;
      break;
    }
  }
  return text.slice(from, to).trim();
}
