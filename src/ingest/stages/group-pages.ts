/**
 * Pages -> papers. Flipbook pages of one article carry different
 * furniture (odd pages the author/title head, even pages the journal line
 * with the article's page range), so pages are tied together by what they
 * share: a journal page range that contains the page number, the same running
 * head, or a curator's `paper:` in a sidecar. Pages are put in printed order
 * and the gaps are named, never closed.
 */
import type { MissingPages, SourceSidecar } from '../../model/schema.ts';
import { IngestError } from './errors.ts';
import type { ParsedPage } from './page.ts';

export interface PageWithSidecar {
  page: ParsedPage;
  sidecar?: SourceSidecar;
}

export interface PaperDraft {
  pages: PageWithSidecar[];
  /** continues[i]: page i directly follows page i-1, so text may run on. */
  continues: boolean[];
  missing: MissingPages[];
  /** The article's page range as printed in a journal line. */
  range?: { first: number; last: number };
  /** Added to a made-up id that another paper's would otherwise equal (see idSuffixes). */
  idSuffix?: string;
}

function spanKey(p: ParsedPage): string | undefined {
  const j = p.facts.journal;
  if (!j || j.firstPage === undefined || j.lastPage === undefined) return undefined;
  return [p.facts.viewer ?? '', j.containerTitle, j.volume ?? '', j.issue ?? '', j.firstPage, j.lastPage].join('|');
}

function headKey(p: ParsedPage): string | undefined {
  const h = p.facts.runningHead;
  if (!h) return undefined;
  return [p.facts.viewer ?? '', h.authors.map((a) => a.family).join(','), h.title.toLowerCase()].join('|');
}

/**
 * The runs of pages between `first` and `last` that are not present, found
 * from the present numbers alone, so that a page numbered 10^12 costs no
 * more than one numbered 12.
 */
function gaps(numbers: number[], first: number, last: number): MissingPages[] {
  const present = [...new Set(numbers)].filter((n) => n >= first && n <= last).sort((a, b) => a - b);
  const out: MissingPages[] = [];
  let next = first;
  for (const n of [...present, last + 1]) {
    if (n > next) out.push({ from: next, to: n - 1 });
    next = n + 1;
  }
  return out;
}

/** The source files of a paper, for naming them in messages. */
export function sourcesOf(draft: PaperDraft): string[] {
  return draft.pages.map((p) => p.page.source);
}

/**
 * PDF pages that the journal's furniture did not tie together, tied by what
 * else they share: the same running head (an article's author or title head,
 * repeated on its pages), or file names that differ only in their numbers
 * ("yead-p211.txt", "yead-p212.txt", "yead-cover.txt") with printed numbers
 * close together. Two groups that print the same page number are never one
 * article; web articles stand alone unless a sidecar ties them.
 */
function mergeBySignature(groups: Map<string, PageWithSidecar[]>, numberOf: (i: PageWithSidecar) => number | null): void {
  const keys = [...groups.keys()].filter((k) => !k.startsWith('paper|') && !k.startsWith('web|'));
  const parent = new Map(keys.map((k) => [k, k]));
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  const numbers = new Map(keys.map((k) => [k, new Set(groups.get(k)!.map(numberOf).filter((n): n is number => n !== null))]));
  const near = (a: string, b: string, within: number) => {
    const [na, nb] = [numbers.get(find(a))!, numbers.get(find(b))!];
    if ([...na].some((n) => nb.has(n))) return false;
    if (na.size === 0 || nb.size === 0) return true;
    return [...na].some((x) => [...nb].some((y) => Math.abs(x - y) <= within));
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    parent.set(rb, ra);
    numbers.set(ra, new Set([...numbers.get(ra)!, ...numbers.get(rb)!]));
  };
  const bySignature = new Map<string, string[]>();
  for (const key of keys) {
    for (const item of groups.get(key)!) {
      const stem = item.page.source.replace(/\.[^.]+$/, '').replace(/\d+/g, '#').replace(/[-_ ]*(?:cover|p#|page#|#)[-_ ]*$/iu, '');
      const signatures = [...(item.page.facts.heads ?? []).map((h) => `head|${h}`), ...(stem.length >= 4 && /[a-z]{3}/iu.test(stem) ? [`file|${stem}`] : [])];
      for (const s of signatures) bySignature.set(s, [...(bySignature.get(s) ?? []), key]);
    }
  }
  for (const [signature, list] of bySignature) {
    const within = signature.startsWith('head|') ? 60 : 12;
    for (let i = 1; i < list.length; i++) if (near(list[0]!, list[i]!, within)) union(list[0]!, list[i]!);
  }
  for (const key of keys) {
    const root = find(key);
    if (root === key) continue;
    groups.get(root)!.push(...groups.get(key)!);
    groups.delete(key);
  }
}

export function groupPages(inputs: readonly PageWithSidecar[]): PaperDraft[] {
  const groups = new Map<string, PageWithSidecar[]>();
  const ranges = new Map<string, { viewer: string; first: number; last: number }>();
  const add = (key: string, item: PageWithSidecar) => {
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  };
  const pending: PageWithSidecar[] = [];
  const bySha = new Map<string, PageWithSidecar>();

  for (const item of inputs) {
    // The same file twice (under two names) is one page: the curator's to mend, whatever it holds.
    const twin = bySha.get(item.page.sha256);
    if (twin && (twin.sidecar?.page ?? twin.page.number) === null) throw new IngestError(item.page.source, `is the same file as ${twin.page.source}; remove one of them`, 1);
    bySha.set(item.page.sha256, item);
    const { page, sidecar } = item;
    const number = sidecar?.page ?? page.number;
    const span = spanKey(page);
    if (sidecar?.paper) add(`paper|${sidecar.paper}`, item);
    else if (page.kind === 'web-article') add(`web|${page.source}`, item);
    else if (span) {
      add(span, item);
      const j = page.facts.journal!;
      ranges.set(span, { viewer: page.facts.viewer ?? '', first: j.firstPage!, last: j.lastPage! });
    } else if (number !== null) pending.push(item);
    else add(headKey(page) ?? `page|${page.source}`, item);
  }

  // A page without a journal line joins the article whose printed range holds
  // its number; where ranges of one viewer overlap, the one holding a
  // neighbouring page (n-1 or n+1) decides. Ranges are indexed by viewer, and
  // present page numbers by range, so this stays near-linear in the pages.
  const byViewer = new Map<string, [string, { first: number; last: number }][]>();
  for (const [key, r] of ranges) {
    const list = byViewer.get(r.viewer);
    if (list) list.push([key, r]);
    else byViewer.set(r.viewer, [[key, r]]);
  }
  const held = new Map<string, Set<number>>();
  for (const [key] of ranges) held.set(key, new Set(groups.get(key)!.map((i) => i.sidecar?.page ?? i.page.number!)));
  for (const item of pending) {
    const number = item.sidecar?.page ?? item.page.number!;
    const viewer = item.page.facts.viewer ?? '';
    const script = item.page.facts.script;
    let homes = (byViewer.get(viewer) ?? []).filter(([key, r]) => r.first <= number && number <= r.last && groups.get(key)!.every((g) => g.page.facts.script === script));
    // Without a viewer's name to share, a range alone is weak evidence (two journals both have a page 112):
    // the article must also hold a neighbouring page.
    if (homes.length > 1 || viewer === '') homes = homes.filter(([key]) => held.get(key)!.has(number - 1) || held.get(key)!.has(number + 1));
    if (homes.length === 1) add(homes[0]![0], item);
    else add(headKey(item.page) ?? `page|${item.page.source}`, item);
  }

  const numberOf = (i: PageWithSidecar) => i.sidecar?.page ?? i.page.number;
  mergeBySignature(groups, numberOf);
  // Two pages of one article with the same printed number: the same page twice is the curator's to
  // mend; two different pages are two articles the furniture could not tell apart, kept apart.
  for (const [key, items] of [...groups]) {
    items.sort((a, b) => (numberOf(a) ?? 0) - (numberOf(b) ?? 0) || a.page.source.localeCompare(b.page.source));
    const kept: PageWithSidecar[] = [];
    for (const item of items) {
      const same = kept.find((k) => numberOf(k) !== null && numberOf(k) === numberOf(item));
      if (!same) kept.push(item);
      else if (same.page.sha256 === item.page.sha256 || item.sidecar?.paper) {
        throw new IngestError(item.page.source, `printed page ${numberOf(item)} is also given by ${same.page.source}; remove one of them`, 1);
      } else groups.set(`page|${item.page.source}`, [item]);
    }
    groups.set(key, kept);
  }

  const drafts: PaperDraft[] = [];
  for (const [key, items] of groups) {
    const numbers = items.map(numberOf).filter((n): n is number => n !== null);
    const range = ranges.get(key);
    const first = range?.first ?? Math.min(...numbers);
    const last = range?.last ?? Math.max(...numbers);
    drafts.push({
      pages: items,
      continues: items.map((item, i) => {
        const prev = items[i - 1];
        if (!prev) return false;
        const [a, b] = [numberOf(prev), numberOf(item)];
        return a !== null && b !== null && b === a + 1;
      }),
      missing: numbers.length > 0 ? gaps(numbers, first, last) : [],
      ...(range ? { range: { first: range.first, last: range.last } } : {}),
    });
  }
  return drafts;
}
