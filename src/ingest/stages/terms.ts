/**
 * Candidate glossary terms in a block's text. Quoted terms
 * (“digital slicing”) and abbreviations defined in place ("World Trade
 * Organization (WTO)"), found with the Schwartz-Hearst rule: the
 * abbreviation's letters appear in order in the words before it, the first
 * one starting a word.
 */
import type { TermKind } from '../../model/schema.ts';
import { wordCount } from '../../shared/text-shape.ts';

export interface FoundTerm {
  term: string;
  kind: TermKind;
  expansion: string | null;
  start: number;
  end: number;
}

// Each opening quote has its own closing one; ’ followed by a letter is an apostrophe ("China’s").
const QUOTED = /“(?<a>[^“”]{2,80}?)”|"(?<b>[^"]{2,80}?)"|‘(?<c>(?:[^‘’]|’(?=\p{L})){2,80}?)’(?!\p{L})/gu;
const ABBREVIATION = /\((?<abbr>\p{Lu}[\p{Lu}\p{Ll}&\d-]*\p{Lu}s?)\)/gu;

/** Schwartz & Hearst (2003): the shortest expansion before "(ABBR)" that matches it. */
export function expansionFor(abbr: string, before: string): string | null {
  const short = abbr.replace(/s$/u, '').toLowerCase().replace(/[^a-z\d]/g, '');
  if (short.length < 2) return null;
  const words = before.trimEnd().split(/\s+/);
  const window = words.slice(-Math.min(short.length + 5, short.length * 2));
  const long = window.join(' ');
  const lower = long.toLowerCase();
  let s = short.length - 1;
  let l = lower.length - 1;
  while (s >= 0) {
    const ch = short[s]!;
    while (l >= 0 && (lower[l] !== ch || (s === 0 && l > 0 && /[\p{L}\d]/u.test(lower[l - 1]!)))) l--;
    if (l < 0) return null;
    s--;
    l--;
  }
  const start = lower.lastIndexOf(' ', l + 1) + 1;
  const expansion = long.slice(start).replace(/[,;:]$/u, '').trim();
  return wordCount(expansion) >= 2 || expansion.length > short.length ? expansion : null;
}

/**
 * @param skip spans (e.g. citations) inside which no term is looked for
 */
export function findTerms(text: string, skip: readonly { start: number; end: number }[] = []): FoundTerm[] {
  const inSkip = (a: number, b: number) => skip.some((s) => a < s.end && s.start < b);
  const found: FoundTerm[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const quoted = (m.groups!.a ?? m.groups!.b ?? m.groups!.c)!;
    const term = quoted.trim().replace(/[.,;:!?]+$/u, '');
    const words = wordCount(term);
    // A quoted sentence is a quotation, not a term of art.
    if (words === 0 || words > 8 || /^\p{Lu}.*[.!?]$/u.test(quoted.trim()) || inSkip(m.index!, m.index! + m[0].length)) continue;
    found.push({ term, kind: 'quoted', expansion: null, start: m.index! + 1, end: m.index! + 1 + term.length });
  }
  for (const m of text.matchAll(ABBREVIATION)) {
    if (inSkip(m.index!, m.index! + m[0].length)) continue;
    const abbr = m.groups!.abbr!;
    const expansion = expansionFor(abbr, text.slice(Math.max(0, m.index! - 200), m.index!));
    if (expansion) found.push({ term: abbr, kind: 'abbreviation', expansion, start: m.index! + 1, end: m.index! + 1 + abbr.length });
  }
  return found.sort((a, b) => a.start - b.start);
}
