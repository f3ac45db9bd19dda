/**
 * How sure the resolver is that a candidate record is the cited work: a
 * confidence in [0, 1] from three pieces of evidence, each in [0, 1]:
 *
 * - title: overlap of normalised title words, less a few such as "the" and
 *   "of" (Sørensen–Dice on word sets);
 * - authors: share of the reference's family names found among the
 *   candidate's, times 0.8 when the first author is not the same;
 * - year: 1 for the same year, 0.5 one year apart (online-first versus the
 *   printed issue), else 0.
 *
 * confidence = 0.6 title + 0.25 authors + 0.15 year. Evidence the reference
 * itself lacks (a work known only as "(Calatayud, 2025)" has no title) counts
 * as 0.5, neither for nor against, so such a work can still be matched but
 * never scores above 0.70: below the default threshold (0.85), a person has
 * to pick it, since author and year alone cannot tell apart two papers of
 * one author in one year. A candidate found by the DOI the reference already
 * gives is that work (1.0), unless its title plainly disagrees (< 0.5).
 * docs/resolving-references.md explains the threshold to curators.
 */
import type { CslName, CslWork } from './csl.ts';
import { issuedYear } from './csl.ts';
import type { Wanted } from './references.ts';

export const WEIGHTS = { title: 0.6, authors: 0.25, year: 0.15 } as const;
/** What evidence the reference lacks counts for. */
export const UNKNOWN = 0.5;
/** Default for --threshold: see the header comment. */
export const DEFAULT_THRESHOLD = 0.85;

export type Evidence = { title: number | null; authors: number | null; year: number | null; doi: boolean };
export type Score = { confidence: number; evidence: Evidence };

/** Lower-case words without accents or punctuation; apostrophes join ("Doesn’t" -> "doesnt"). */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Words too common to tell titles apart; dropped unless a title has nothing else. */
const STOP = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'is', 'of', 'on', 'or', 'the', 'to', 'with']);

function content(list: readonly string[]): Set<string> {
  const kept = list.filter((w) => !STOP.has(w));
  return new Set(kept.length > 0 ? kept : list);
}

function dice(a: readonly string[], b: readonly string[]): number {
  const x = content(a);
  const y = content(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
}

const SUBTITLE = /:\s|\s[-–—]\s|[?!.]\s/;

/**
 * Word overlap of two titles. When only one of them has a subtitle (citations
 * often drop it), its main title is compared too and the better figure taken.
 */
export function titleSimilarity(a: string, b: string): number {
  const full = dice(words(a), words(b));
  const aSub = SUBTITLE.test(a);
  const bSub = SUBTITLE.test(b);
  if (aSub === bSub) return full;
  const [withSub, without] = aSub ? [a, b] : [b, a];
  const main = withSub.split(SUBTITLE)[0] ?? withSub;
  return Math.max(full, dice(words(main), words(without)));
}

/** A family name as a comparison key: "van der Berg" -> "vanderberg". */
export function familyKey(name: string): string {
  return words(name).join('');
}

function candidateFamilies(authors: readonly CslName[]): string[] {
  return authors.map((a) => familyKey(a.family ?? a.literal ?? '')).filter(Boolean);
}

/** Particles one side may have split off the family name ("Berg" for "van der Berg"). */
const PARTICLES = new Set(['van', 'vander', 'vanden', 'vande', 'von', 'vonder', 'de', 'der', 'den', 'del', 'della', 'dela', 'di', 'da', 'das', 'dos', 'du', 'le', 'la', 'ter', 'ten', 'af', 'al', 'el']);

function particleOf(short: string, long: string): boolean {
  return long.endsWith(short) && PARTICLES.has(long.slice(0, long.length - short.length));
}

/** Share of `ref`'s family names among `cand`'s, times 0.8 when the first authors differ. */
export function authorOverlap(ref: readonly string[], cand: readonly CslName[]): number {
  const refKeys = ref.map(familyKey).filter(Boolean);
  const candKeys = candidateFamilies(cand);
  if (refKeys.length === 0 || candKeys.length === 0) return 0;
  const same = (r: string, c: string) => r === c || particleOf(r, c) || particleOf(c, r);
  const found = refKeys.filter((r) => candKeys.some((c) => same(r, c))).length / refKeys.length;
  return same(refKeys[0]!, candKeys[0]!) ? found : found * 0.8;
}

export function yearAgreement(ref: number, cand: number | undefined): number {
  if (cand === undefined) return 0;
  const gap = Math.abs(ref - cand);
  return gap === 0 ? 1 : gap === 1 ? 0.5 : 0;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export function scoreCandidate(ref: Wanted, cand: CslWork): Score {
  const refFamilies = (ref.author ?? []).map((a) => a.family);
  const refYear = issuedYear(ref);
  const evidence: Evidence = {
    title: ref.title ? (cand.title ? titleSimilarity(ref.title, cand.title) : 0) : null,
    authors: refFamilies.length > 0 ? authorOverlap(refFamilies, cand.author ?? []) : null,
    year: refYear !== undefined ? yearAgreement(refYear, issuedYear(cand)) : null,
    doi: !!ref.DOI && !!cand.DOI && ref.DOI.toLowerCase() === cand.DOI.toLowerCase(),
  };
  if (evidence.doi && (evidence.title === null || evidence.title >= 0.5)) return { confidence: 1, evidence };
  const confidence =
    WEIGHTS.title * (evidence.title ?? UNKNOWN) + WEIGHTS.authors * (evidence.authors ?? UNKNOWN) + WEIGHTS.year * (evidence.year ?? UNKNOWN);
  return { confidence: round(confidence), evidence };
}
