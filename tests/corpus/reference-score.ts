/**
 * How well reference lists are read: every gold reference entry of one part
 * of the split is parsed by parseEntry and compared with its gold CSL field by
 * field; and the pages' lists are split by splitEntries and compared with the
 * gold entries' texts.
 *
 *   npx node tests/corpus/reference-score.ts [tune|validation]
 *
 * Fields compared: the ones the parser promises (SCORED). A field counts
 * right when parser and gold agree after normalising case, whitespace,
 * dashes, quotes and punctuation at the ends; authors by their family names
 * (or a body's name) in order; `issued` by its year. A field the gold has and
 * the parser misses, or the parser gives and the gold lacks, counts wrong.
 */
import { readFileSync } from 'node:fs';
import { type CslEntry, parseEntry, referenceHeading, splitEntries } from '../../src/ingest/stages/reference-entries.ts';
import { type CorpusPage, readCorpus } from './gold.ts';
import { readSplit } from './score.ts';

export const SCORED = ['type', 'author', 'issued', 'title', 'container-title', 'volume', 'issue', 'page', 'publisher', 'publisher-place', 'DOI', 'URL'] as const;
/** Fields some gold entries also give; reported apart, outside the share. */
export const ALSO = ['editor', 'edition', 'number', 'accessed'] as const;
type Field = (typeof SCORED)[number] | (typeof ALSO)[number];

export interface EntryMiss {
  page: string;
  entry: string;
  fields: { field: Field; gold: string; parsed: string }[];
}

export interface ReferenceScore {
  part: 'tune' | 'validation';
  entries: number;
  fields: number;
  fieldsRight: number;
  share: number;
  perField: Record<string, [number, number]>;
  /** The ALSO fields, [right, total] each, not counted in `share`. */
  alsoPerField: Record<string, [number, number]>;
  worst: EntryMiss[];
  split: { pages: number; entries: number; matched: number; share: number; perPage: { page: string; matched: number; entries: number; note?: string }[] };
}

/** Case, spacing, dashes, quotes and end punctuation do not count; CJK text has no spaces of its own. */
export function normField(value: string): string {
  const t = value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‐‑–—−]/gu, '-')
    .replace(/[‘’ʼ`´]/gu, "'")
    .replace(/[“”„«»"]/gu, '"')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s.,;:"'()[\]]+|[\s.,;:"'()[\]]+$/gu, '')
    .trim();
  return /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u.test(t) ? t.replace(/ /gu, '') : t;
}

function nameKey(n: { family?: string; literal?: string }): string {
  return normField(n.family ?? n.literal ?? '');
}

/** A field as compared: a string, or undefined when the entry has none. */
export function fieldValue(csl: Partial<CslEntry> & Record<string, unknown>, field: Field): string | undefined {
  const v = csl[field];
  if (v === undefined || v === null || v === '') return undefined;
  if (field === 'author' || field === 'editor') {
    const names = v as { family?: string; literal?: string }[];
    return names.length ? names.map(nameKey).join(' | ') : undefined;
  }
  if (field === 'issued') {
    const y = (v as { 'date-parts': number[][] })['date-parts'][0]?.[0];
    return y === undefined ? undefined : String(y);
  }
  if (field === 'accessed') return (v as { 'date-parts': number[][] })['date-parts'][0]?.join('-');
  if (field === 'DOI') return normField(String(v).replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/iu, ''));
  if (field === 'URL') return normField(String(v).replace(/^https?:\/\//iu, '').replace(/\/$/u, ''));
  return normField(String(v));
}

function pagesOf(part: 'tune' | 'validation'): CorpusPage[] {
  const split = readSplit();
  return readCorpus().pages.filter((p) => split.get(p.gold.layout) === part);
}

// --- splitting ------------------------------------------------------------------

const LABEL = /^(?:\[\s*(?:\d{1,4}|[ivxlc]{1,7})\s*\]|\(\d{1,4}\)|\d{1,4}[.)])\s*/iu;

function normEntry(s: string): string {
  return s.normalize('NFC').replace(/\s+/gu, ' ').trim().replace(LABEL, '');
}

function bodyLines(page: CorpusPage): { text: string; indent: number }[] {
  const furniture = new Set((page.gold.furniture ?? []).map((f) => f.line.trim()));
  return readFileSync(page.file, 'utf8')
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .filter((l) => !furniture.has(l.trim()))
    .map((l) => ({ text: l.trim(), indent: (/^[ \t]*/u.exec(l)?.[0] ?? '').replace(/\t/gu, '    ').length }));
}

/**
 * The lines of the page's reference list: after its heading; or, on a page
 * that continues the list of the page before it (same paper, previous page
 * number, whose list ran on to its end), from the top.
 */
function listLines(page: CorpusPage, continues: boolean): { lines: { text: string; indent: number }[]; note?: string } {
  const lines = bodyLines(page);
  const heading = lines.findIndex((l) => referenceHeading(l.text));
  if (continues) return { lines };
  if (heading !== -1) return { lines: lines.slice(heading + 1) };
  // A flattened page: "… Foydalanilgan adabiyotlar: 1. Qodirova F.R. …" inside a line.
  for (let i = 0; i < lines.length; i++) {
    for (const m of lines[i]!.text.matchAll(/(?:^|[.!?]\s+)([^.!?:]{3,40}?)\s*:\s+(?=(?:1\.|\[1\])\s)/gu)) {
      if (referenceHeading(m[1]!)) return { lines: [{ text: lines[i]!.text.slice(m.index + m[0].length), indent: 0 }, ...lines.slice(i + 1)] };
    }
  }
  return { lines: [], note: 'no reference heading' };
}

function scoreSplit(pages: CorpusPage[]): ReferenceScore['split'] {
  const withRefs = pages.filter((p) => (p.gold.references?.length ?? 0) > 0);
  const headed = new Set<string>();
  for (const p of pages) if (bodyLines(p).some((l) => referenceHeading(l.text))) headed.add(p.name);
  const perPage: ReferenceScore['split']['perPage'] = [];
  let entries = 0;
  let matched = 0;
  for (const page of withRefs) {
    const g = page.gold;
    const before = g.group && typeof g.page === 'number' ? pages.find((p) => p.gold.group === g.group && p.gold.page === (g.page as number) - 1) : undefined;
    const continues = !!before && (headed.has(before.name) || (before.gold.references?.length ?? 0) > 0) && !bodyLines(page).slice(0, 3).some((l) => referenceHeading(l.text));
    const { lines, note } = listLines(page, continues);
    const found = new Map<string, number>();
    for (const e of splitEntries(lines)) found.set(normEntry(e), (found.get(normEntry(e)) ?? 0) + 1);
    let hit = 0;
    for (const r of g.references!) {
      const k = normEntry(r.entry);
      const n = found.get(k) ?? 0;
      if (n > 0) {
        hit++;
        found.set(k, n - 1);
      }
    }
    entries += g.references!.length;
    matched += hit;
    perPage.push({ page: page.name, matched: hit, entries: g.references!.length, ...(note ? { note } : {}) });
  }
  return { pages: withRefs.length, entries, matched, share: entries ? matched / entries : 0, perPage };
}

// --- parsing --------------------------------------------------------------------

export function scoreReferenceEntries(part: 'tune' | 'validation'): ReferenceScore {
  const pages = pagesOf(part);
  const perField: Record<string, [number, number]> = Object.fromEntries(SCORED.map((f) => [f, [0, 0]]));
  const alsoPerField: Record<string, [number, number]> = Object.fromEntries(ALSO.map((f) => [f, [0, 0]]));
  const misses: EntryMiss[] = [];
  let entries = 0;
  let fields = 0;
  let right = 0;
  for (const page of pages) {
    let previous: CslEntry | undefined;
    for (const ref of page.gold.references ?? []) {
      entries++;
      const parsed = parseEntry(ref.entry, previous) as Record<string, unknown>;
      previous = parsed as CslEntry;
      const gold = ref.csl as Record<string, unknown>;
      const wrong: EntryMiss['fields'] = [];
      for (const field of SCORED) {
        const g = fieldValue(gold, field);
        const p = fieldValue(parsed, field);
        if (g === undefined && p === undefined) continue;
        fields++;
        perField[field]![1]++;
        if (g === p) {
          right++;
          perField[field]![0]++;
        } else wrong.push({ field, gold: g ?? '—', parsed: p ?? '—' });
      }
      for (const field of ALSO) {
        const g = fieldValue(gold, field);
        const p = fieldValue(parsed, field);
        if (g === undefined && p === undefined) continue;
        alsoPerField[field]![1]++;
        if (g === p) alsoPerField[field]![0]++;
      }
      if (wrong.length) misses.push({ page: page.name, entry: ref.entry, fields: wrong });
    }
  }
  misses.sort((a, b) => b.fields.length - a.fields.length);
  return {
    part,
    entries,
    fields,
    fieldsRight: right,
    share: fields ? right / fields : 0,
    perField,
    alsoPerField,
    worst: misses,
    split: scoreSplit(pages),
  };
}

if (import.meta.main) {
  const part = (process.argv[2] ?? 'tune') as 'tune' | 'validation';
  if (part !== 'tune' && part !== 'validation') throw new Error('usage: reference-score.ts [tune|validation]');
  const score = scoreReferenceEntries(part);
  const pct = (n: number) => `${(100 * n).toFixed(1)}%`;
  const out: string[] = [];
  out.push(`reference entries (${part}): ${score.entries} entries, ${score.fieldsRight}/${score.fields} fields right = ${pct(score.share)}`);
  for (const [f, [r, t]] of Object.entries(score.perField)) out.push(`  ${f.padEnd(16)} ${String(r).padStart(4)}/${String(t).padEnd(4)} ${t ? pct(r / t) : '-'}`);
  out.push('  also (not in the share):');
  for (const [f, [r, t]] of Object.entries(score.alsoPerField)) out.push(`  ${f.padEnd(16)} ${String(r).padStart(4)}/${String(t).padEnd(4)} ${t ? pct(r / t) : '-'}`);
  const s = score.split;
  out.push(`reference lists split (${part}): ${s.matched}/${s.entries} gold entries matched exactly = ${pct(s.share)} on ${s.pages} pages`);
  // The validation part is reported as numbers only: which pages and entries fail there is not looked at.
  if (part === 'tune') for (const p of s.perPage) if (p.matched < p.entries) out.push(`  ${p.page.padEnd(40)} ${p.matched}/${p.entries}${p.note ? `  (${p.note})` : ''}`);
  if (part === 'tune' && process.argv.includes('--worst')) {
    out.push('worst entries:');
    for (const m of score.worst) {
      out.push(`  [${m.page}] ${m.entry}`);
      for (const f of m.fields) out.push(`      ${f.field}: gold ${JSON.stringify(f.gold)} / parsed ${JSON.stringify(f.parsed)}`);
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
}
