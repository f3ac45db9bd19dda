/**
 * In-text citations in a block's text. Finds parenthetical
 * author-year citations (several works in one parenthesis become several
 * citations), narrative ones ("Krugman (1980)", "Gereffi and Korzeniewicz in
 * 1994"), numbered ones ("[1]", "[1, p. 119]") and works named by title
 * ("The article “...” published in Harvard Business Review, Vol. 11, 1983").
 */
import { alternation, words } from '../../shared/lexicon.ts';
import type { CitationKind } from '../../model/schema.ts';
import { authorYearKey, numberedKey, titleKey } from './reference-keys.ts';

export interface FoundCitation {
  text: string;
  start: number;
  end: number;
  kind: CitationKind;
  authors: string[];
  etAl: boolean;
  year: string | null;
  number: number | null;
  page: string | null;
  ref: string;
  /** For works named by title: what the text says of them. */
  work?: { title: string; container?: string; volume?: string; issue?: string };
  /**
   * A bare "Names in YEAR" not introduced by "articulated by" and the like:
   * a citation only if the paper cites the same work in a stronger form.
   */
  needsKnown?: boolean;
}

const YEAR = String.raw`(?:1[6-9]|20)\d{2}[a-z]?`;
const SURNAME = String.raw`(?:(?:van|von|de|der|den|da|di|du|le|la)\s+)*\p{Lu}[\p{L}'’-]*\p{L}`;
const SEPARATOR = String.raw`(?:\s*,\s*(?:&\s*|and\s+)?|\s+and\s+|\s*&\s*)`;
const AUTHORS = String.raw`${SURNAME}(?:${SEPARATOR}${SURNAME})*(?:\s+et\s+al\.?)?`;
const PAGE = String.raw`(?:pp?\.\s*)(?<page>\d+(?:\s*[-–]\s*\d+)?)`;

// Inside parentheses an author may be a body of several words ("World Bank, 2020").
const BODY = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}'’.-]*){1,4}`;
const PAREN_AUTHORS = String.raw`(?:${BODY}|${AUTHORS})`;
const WORK_IN_PARENS = new RegExp(String.raw`(?<authors>${PAREN_AUTHORS}),?\s+(?<year>${YEAR})(?:\s*,\s*${PAGE})?`, 'gu');
const PARENS = /\(([^()]{4,400})\)/gu;
const NUMBERED = /\[(?<nums>\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)(?:\s*,\s*(?:pp?\.\s*)(?<page>\d+(?:\s*[-–]\s*\d+)?))?\]/gu;
const NAMED = new RegExp(
  String.raw`(?:[Tt]he (?:article|paper|book|report|study|essay|chapter)\s+)?[“"](?<title>[^”"]{3,200})[”"],?\s+(?:was\s+)?published\s+(?:in|by)\s+(?<venue>\p{Lu}[\p{L}&'’. ]*?\p{L})(?:,?\s+(?:Vol\.?\s*(?<volume>\d+)|No\.\s*(?<no>\d+)|(?<issue>\d{1,2}\/\d{1,2})))?,?\s+(?:in\s+)?(?<year>(?:1[6-9]|20)\d{2})`,
  'gu',
);
// Words that open a capitalised phrase but never name an author.
const NOT_A_NAME = new Set(words('notAName'));
// Verbs that introduce an author in running text: "first articulated by Gereffi and Korzeniewicz in 1994".
const BY_AUTHOR = new RegExp(String.raw`(?:${alternation('byAuthor')})\s+by\s+$`, 'u');

function splitAuthors(printed: string): { authors: string[]; etAl: boolean } {
  const etAl = /\bet\s+al\.?$/u.test(printed);
  const authors = printed
    .replace(/\s+et\s+al\.?$/u, '')
    .split(new RegExp(SEPARATOR, 'u'))
    .map((s) => s.trim())
    // "Balassa's (1965)": the possessive is the sentence's, not the name's.
    .map((s) => s.replace(/(?<=\p{L})['’]s$/u, ''))
    .filter(Boolean);
  return { authors, etAl };
}

const TITLE_JOINERS = new Set(['of', 'and', 'for', 'in', 'on', 'the', 'to', 'de', 'des', 'der', 'und', 'y', 'et']);

function plausibleAuthors(authors: string[], text: string, start: number): boolean {
  if (authors.length === 0 || authors.some((a) => NOT_A_NAME.has(a.split(/\s+/).pop()!) || NOT_A_NAME.has(a))) return false;
  // "the United States (2020)": a capitalised word just before, inside a sentence,
  // makes a longer proper noun; one that opens the sentence ("As Krugman (1980)") does not.
  const from = Math.max(0, start - 60);
  const word = /(\S+)\s+$/u.exec(text.slice(from, start));
  // "The Competitive Advantage of Nations (1990)": a name after a small word that follows a capitalised one is the end of a title.
  const inTitle = word !== null && TITLE_JOINERS.has(word[1]!) && /\p{Lu}[\p{L}'’-]*\s+$/u.test(text.slice(from, from + word.index)) && !/[.?!:;]["”’)]*\s*\S+\s+$/u.test(text.slice(from, from + word.index));
  if (inTitle) return false;
  if (!word || !/^\p{Lu}/u.test(word[1]!)) return true;
  const beforeWord = text.slice(from, from + word.index);
  return (from === 0 && beforeWord.trim() === '') || /[.?!:;]["”’)]*\s*$/u.test(beforeWord);
}

function authorYear(
  kind: CitationKind,
  text: string,
  start: number,
  end: number,
  printedAuthors: string,
  year: string,
  page: string | undefined,
): FoundCitation {
  const { authors, etAl } = splitAuthors(printedAuthors);
  return {
    text: text.slice(start, end),
    start,
    end,
    kind,
    authors,
    etAl,
    year,
    number: null,
    page: page ?? null,
    ref: authorYearKey(authors, etAl, year),
  };
}

function parenthetical(text: string): FoundCitation[] {
  const found: FoundCitation[] = [];
  for (const p of text.matchAll(PARENS)) {
    const inner = p[1]!;
    const innerStart = p.index! + 1;
    const works = [...inner.matchAll(WORK_IN_PARENS)].filter((w) => {
      const { authors } = splitAuthors(w.groups!.authors!);
      return authors.length > 0 && !authors.some((a) => NOT_A_NAME.has(a));
    });
    if (works.length === 0) continue;
    // Only separators and lead-ins ("see", "e.g.,") may stand between the works.
    let rest = inner;
    for (const w of works.toReversed()) rest = rest.slice(0, w.index!) + rest.slice(w.index! + w[0].length);
    if (!/^[\s,;]*(?:(?:see(?:\s+also)?|e\.g\.,?|cf\.|i\.e\.,?|and)[\s,;]*)*$/iu.test(rest)) continue;
    const whole = works.length === 1;
    for (const w of works) {
      const start = whole ? p.index! : innerStart + w.index!;
      const end = whole ? p.index! + p[0].length : innerStart + w.index! + w[0].length;
      found.push(authorYear('parenthetical', text, start, end, w.groups!.authors!, w.groups!.year!, w.groups!.page));
    }
  }
  return found;
}

function numbered(text: string, paperId: string): FoundCitation[] {
  const found: FoundCitation[] = [];
  for (const m of text.matchAll(NUMBERED)) {
    const nums = m.groups!.nums!;
    const page = m.groups!.page ?? null;
    const parts = [...nums.matchAll(/\d+/g)];
    const cite = (n: number, start: number, end: number) =>
      found.push({ text: text.slice(start, end), start, end, kind: 'numbered', authors: [], etAl: false, year: null, number: n, page, ref: numberedKey(paperId, n) });
    if (parts.length === 1) {
      cite(Number(parts[0]![0]), m.index!, m.index! + m[0].length);
      continue;
    }
    const base = m.index! + 1;
    parts.forEach((part, i) => {
      const n = Number(part[0]);
      cite(n, base + part.index!, base + part.index! + part[0].length);
      // "[2–5]": the works between the ends are cited too, through the dash.
      const next = parts[i + 1];
      const between = next ? nums.slice(part.index! + part[0].length, next.index!) : '';
      if (next && /[–-]/.test(between)) {
        const dash = base + part.index! + part[0].length + between.search(/[–-]/);
        for (let k = n + 1; k < Number(next[0]); k++) cite(k, dash, dash + 1);
      }
    });
  }
  return found;
}

const YEAR_IN_PARENS = new RegExp(String.raw`\((?<year>${YEAR})(?:\s*,\s*${PAGE})?\)`, 'gu');
const IN_YEAR = new RegExp(String.raw`\s+in\s+(?<year>${YEAR})\b`, 'gu');
const AUTHORS_AT_END = new RegExp(String.raw`(?<authors>${AUTHORS})\s*$`, 'u');
// Names stand within this many characters before their year.
const WINDOW = 160;

/** Narrative citations, found from their years backwards, so each costs a bounded window. */
function narrative(text: string): FoundCitation[] {
  const found: FoundCitation[] = [];
  const before = (end: number) => {
    const from = Math.max(0, end - WINDOW);
    const m = AUTHORS_AT_END.exec(text.slice(from, end));
    return m ? { start: from + m.index, authors: m.groups!.authors! } : undefined;
  };
  for (const y of text.matchAll(YEAR_IN_PARENS)) {
    const who = before(y.index!);
    if (!who || !/\s$/u.test(text.slice(who.start, y.index!))) continue;
    const c = authorYear('narrative', text, who.start, y.index! + y[0].length, who.authors, y.groups!.year!, y.groups!.page);
    if (plausibleAuthors(c.authors, text, c.start)) found.push(c);
  }
  for (const y of text.matchAll(IN_YEAR)) {
    const who = before(y.index!);
    if (!who) continue;
    const c = authorYear('narrative', text, who.start, y.index! + y[0].length, who.authors, y.groups!.year!, undefined);
    c.needsKnown = !BY_AUTHOR.test(text.slice(Math.max(0, c.start - 40), c.start));
    if (plausibleAuthors(c.authors, text, c.start)) found.push(c);
  }
  return found;
}

function named(text: string): FoundCitation[] {
  return [...text.matchAll(NAMED)].map((m) => {
    const g = m.groups!;
    const quote = m.index! + m[0].search(/[“"]/u);
    const work: FoundCitation['work'] = { title: g.title!.trim(), container: g.venue!.trim() };
    if (g.volume) work.volume = g.volume;
    if (g.issue ?? g.no) work.issue = (g.issue ?? g.no)!;
    return {
      text: text.slice(quote, m.index! + m[0].length),
      start: quote,
      end: m.index! + m[0].length,
      kind: 'named' as const,
      authors: [],
      etAl: false,
      year: g.year!,
      number: null,
      page: null,
      ref: titleKey(work.title, g.year!),
      work,
    };
  });
}

/** Keep the first of overlapping spans, in priority order. */
function withoutOverlaps(candidates: FoundCitation[]): FoundCitation[] {
  const taken: FoundCitation[] = [];
  for (const c of candidates) {
    if (taken.some((t) => c.start < t.end && t.start < c.end && !(c.start === t.start && c.end === t.end && c.kind === 'numbered'))) continue;
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start || a.ref.localeCompare(b.ref));
}

/** Every citation-like span in a block, before the paper-wide check of bare "Names in YEAR". */
export function citationCandidates(text: string, paperId: string): FoundCitation[] {
  return [...named(text), ...parenthetical(text), ...numbered(text, paperId), ...narrative(text)];
}

/**
 * @param known reference keys cited in a stronger form in the same paper; a
 *   bare "Names in YEAR" is only a citation when it matches one.
 */
export function resolveCitations(candidates: readonly FoundCitation[], known: ReadonlySet<string>): FoundCitation[] {
  return withoutOverlaps(candidates.filter((c) => !c.needsKnown || known.has(c.ref)).map(({ needsKnown: _n, ...c }) => c));
}

export function findCitations(text: string, paperId: string, known: ReadonlySet<string> = new Set()): FoundCitation[] {
  const candidates = citationCandidates(text, paperId);
  const strong = new Set(candidates.filter((c) => !c.needsKnown).map((c) => c.ref));
  return resolveCitations(candidates, new Set([...known, ...strong]));
}
