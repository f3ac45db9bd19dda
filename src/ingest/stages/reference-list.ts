/**
 * A paper's printed reference list, where its pages hold one: the lines
 * under its heading (on that page and the pages that continue it) are taken
 * out of the running text, split into entries and parsed into CSL
 * (reference-entries.ts). Each entry gets the key the paper's in-text
 * citations give the same work, "[3]" by its number and "(Liu et al., 2024a)"
 * by authors and year, so that the citations lead to the full entry.
 */
import type { Reference } from '../../model/schema.ts';
import { completeReference } from './bibliography.ts';
import type { BodyLine, ParsedPage } from './page.ts';
import { type CslEntry, listEntries, parseEntry, referenceHeading } from './reference-entries.ts';
import { authorYearKey, numberedKey, titleKey } from './reference-keys.ts';
import type { Segment } from './segment.ts';

export interface PrintedEntry {
  /** The entry as printed, its lines joined, its number kept out. */
  text: string;
  /** The number it is printed with, in a numbered list. */
  number?: number;
  csl: CslEntry;
  source: string;
  line: number;
  page: number | null;
}

export interface ReferenceList {
  /** The pages with the list's lines taken out (its heading stays, as a heading of the text). */
  before: ParsedPage[];
  /** Lines after the list's end (another section: an appendix, notes), on the pages they are on. */
  after: ParsedPage[];
  /** afterContinues[i] when after[i] directly follows after[i-1]. */
  afterContinues: boolean[];
  entries: PrintedEntry[];
}

const NUMBER = /^\s*(?:\[(\d{1,4})\]|\((\d{1,4})\)|(\d{1,4})[.)])\s*/u;

function families(names: CslEntry['author']): string[] {
  return (names ?? []).map((n) => ('literal' in n ? n.literal : n.family)).filter((f): f is string => !!f);
}

function label(who: readonly string[], year: string): string {
  if (who.length === 0) return year;
  const names = who.length >= 3 ? `${who[0]} et al.` : who.join(' & ');
  return `${names}, ${year}`;
}

/** The entry as a reference of the collection, under the key its citations use. */
export function entryReference(csl: CslEntry, paperId: string, number?: number): Reference {
  const who = families(csl.author?.length ? csl.author : csl.editor);
  const yearNumber = csl.issued?.['date-parts'][0]?.[0];
  const year = yearNumber === undefined ? 'n.d.' : `${yearNumber}${csl['year-suffix'] ?? ''}`;
  const key =
    number !== undefined
      ? numberedKey(paperId, number)
      : who.length > 0
        ? authorYearKey(who, false, year)
        : titleKey(csl.title ?? 'untitled', year);
  const base: Reference = {
    key,
    type: 'document',
    label: who.length > 0 ? label(who, year) : csl.title ? `${csl.title}, ${year}` : year,
    incomplete: false,
  };
  const reference = completeReference(base, csl as Record<string, unknown>);
  return csl['year-suffix'] ? { ...reference, 'year-suffix': csl['year-suffix'] } : reference;
}

function headingAt(page: ParsedPage): number {
  return page.body.findIndex((l) => referenceHeading(l.clean));
}

/**
 * The list on the paper's pages (in reading order; continues[i] when page i
 * follows page i-1), or undefined when no page holds a reference heading
 * followed by entries.
 */
// A heading run into a flattened line, the list after it: "… kerak. Foydalanilgan adabiyotlar: 1. Qodirova F.R. …".
const INLINE_HEADING = /(?:^|[.!?]\s+)([^.!?:]{3,40}?)\s*:\s+(?=(?:1\.|\[1\])\s)/gu;

/**
 * The pages with a heading run into a line split off onto a line of its own
 * (the text before it and the heading keep the line; the list starts on the
 * next), where no line is a reference heading on its own.
 */
function splitInlineHeading(pages: readonly ParsedPage[]): ParsedPage[] {
  for (const [p, page] of pages.entries()) {
    for (const [i, line] of page.body.entries()) {
      for (const m of line.clean.matchAll(INLINE_HEADING)) {
        if (!referenceHeading(m[1]!)) continue;
        const cut = m.index + m[0].length;
        const head = { ...line, clean: line.clean.slice(0, cut).trimEnd(), heading: false };
        const rest = { ...line, clean: line.clean.slice(cut), indent: 0 };
        const body = [...page.body.slice(0, i), head, rest, ...page.body.slice(i + 1)];
        return pages.map((q, k) => (k === p ? { ...q, body } : q));
      }
    }
  }
  return [...pages];
}

/** The first line of a numbered list: "1.", "1)" or "[1]". */
const FIRST_NUMBER = /^\s*(?:\[1\]|1[.)])\s+\S/u;
/** Entries a list without a heading needs, and the share of them that must read as references. */
const HEADLESS_MIN_ENTRIES = 3;
const HEADLESS_SHARE = 0.8;

/**
 * Endnotes printed without a heading: a numbered list that runs to the end of
 * the paper's last page, numbered 1, 2, 3 … and most of whose entries read as
 * references (names and a year). Returns the index of the line before the list
 * on that page, or -1. An enumeration of the text's own points ("1. In terms of
 * …") names no authors and years, and is left alone. Undefined when there is none.
 */
function headlessListStart(page: ParsedPage): number | undefined {
  const body = page.body;
  for (let k = body.length - 1; k >= 0; k--) {
    if (!FIRST_NUMBER.test(body[k]!.clean)) continue;
    const { entries, end } = listEntries(body.slice(k).map((l) => ({ text: l.clean, indent: l.indent })));
    if (end !== body.length - k || entries.length < HEADLESS_MIN_ENTRIES) return undefined;
    const numbers = entries.map((e) => NUMBER.exec(e.text));
    if (numbers.some((m, i) => !m || Number(m[1] ?? m[2] ?? m[3]) !== i + 1)) return undefined;
    const read = entries.filter((e) => {
      const csl = parseEntry(e.text);
      return (csl.author?.length ?? 0) > 0 && csl.issued !== undefined;
    });
    return read.length >= HEADLESS_SHARE * entries.length ? k - 1 : undefined;
  }
  return undefined;
}

export function findReferenceList(given: readonly ParsedPage[], continues: readonly boolean[]): ReferenceList | undefined {
  let pages = given;
  let first = pages.findIndex((p) => headingAt(p) !== -1);
  let at = first === -1 ? -1 : headingAt(pages[first]!);
  if (first === -1) {
    pages = splitInlineHeading(given);
    first = pages.findIndex((p, k) => p !== given[k]);
    // The line that ends with the heading stays text; the list opens on the line after it.
    if (first !== -1) at = pages[first]!.body.findIndex((l, k) => l !== given[first]!.body[k]);
  }
  if (first === -1 && given.length > 0) {
    const before = headlessListStart(given.at(-1)!);
    if (before !== undefined) {
      pages = given;
      first = given.length - 1;
      at = before;
    }
  }
  if (first === -1) return undefined;
  // The list runs on over the pages that directly follow.
  let last = first;
  while (last + 1 < pages.length && continues[last + 1]) last++;
  const lines: { page: number; index: number; line: BodyLine }[] = [];
  for (let p = first; p <= last; p++) {
    pages[p]!.body.forEach((line, index) => {
      if (p > first || index > at) lines.push({ page: p, index, line });
    });
  }
  const { entries: listed, end } = listEntries(lines.map((l) => ({ text: l.line.clean, indent: l.line.indent })));
  if (listed.length === 0) return undefined;

  let previous: CslEntry | undefined;
  const entries = listed.map((e): PrintedEntry => {
    const m = NUMBER.exec(e.text);
    const number = m ? Number(m[1] ?? m[2] ?? m[3]) : undefined;
    const csl = parseEntry(e.text, previous);
    previous = csl;
    const from = lines[e.row]!;
    const page = pages[from.page]!;
    return {
      text: m ? e.text.slice(m[0].length) : e.text,
      ...(number !== undefined ? { number } : {}),
      csl,
      source: page.source,
      line: from.line.number,
      page: page.number,
    };
  });

  const stop = lines[end];
  const before = pages.map((p, i) => {
    if (i < first || i > last) return i < first ? p : { ...p, body: [] };
    if (i === first) return { ...p, body: p.body.slice(0, at + 1) };
    return { ...p, body: [] };
  });
  const after: ParsedPage[] = [];
  const afterContinues: boolean[] = [];
  for (let p = stop ? stop.page : last + 1; p < pages.length; p++) {
    const page = pages[p]!;
    after.push(stop && p === stop.page ? { ...page, body: page.body.slice(stop.index) } : page);
    afterContinues.push(after.length > 1 && continues[p]!);
  }
  return { before: before.slice(0, last + 1), after, afterContinues, entries };
}

/**
 * The entries as references of the collection, in list order. Two entries
 * the citations cannot tell apart ("Smith, 2019" twice, no a/b) keep
 * apart keys.
 */
export function entryReferences(entries: readonly PrintedEntry[], paperId: string): Reference[] {
  const seen = new Map<string, number>();
  return entries.map((e) => {
    const reference = entryReference(e.csl, paperId, e.number);
    const times = (seen.get(reference.key) ?? 0) + 1;
    seen.set(reference.key, times);
    return times > 1 ? { ...reference, key: `${reference.key}-${times}` } : reference;
  });
}

/**
 * Entries as segments of the text: numbered ones an ordered list, the others
 * one paragraph each; `entry` holds the entry's index until the paper's id,
 * and so the keys, are known.
 */
export function entrySegments(entries: readonly PrintedEntry[]): Segment[] {
  return entries.map((e, i) => ({
    type: e.number !== undefined ? 'list-item' : 'paragraph',
    text: e.text,
    page: e.page,
    ...(e.number !== undefined ? { marker: `${e.number}.` } : {}),
    breaks: [],
    source: e.source,
    line: e.line,
    entry: String(i),
  }));
}
