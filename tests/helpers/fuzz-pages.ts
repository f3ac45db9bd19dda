/**
 * Hostile source pages for the ingest, as fast-check arbitraries: the seeds
 * and fixture pages (and the fidelity corpus's pages), mutated the ways real
 * and malicious files differ from them: lines inserted, deleted and
 * duplicated; random Unicode from every script, right-to-left text and bidi
 * controls, combining marks, emoji and control characters; extreme numbers in
 * running heads and journal lines; very long lines and titles; pages of
 * different papers mixed. Shared by the bounded run in `npm test`
 * (tests/ingest/fuzz.test.ts) and the long one (`npm run fuzz`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { SourceFile } from '../../src/ingest/pipeline.ts';
import { FIXTURES, ROOT, SOURCES } from './corpus.ts';

function pagesIn(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...pagesIn(path));
    else if (name.endsWith('.txt') && !name.startsWith('bad-')) out.push(readFileSync(path, 'utf8').replace(/^\ufeff/, ''));
  }
  return out;
}

/** Titles and heads in scripts the seeds lack; each a whole page, as small as a page can be. */
const SCRIPT_PAGES = [
  'Экономическая безопасность региона в условиях санкций\n\nАвтор: Иванов Иван Петрович\n\nВ статье рассматриваются угрозы экономической безопасности региона и меры по их снижению.\n',
  '全球產業鏈重構的背景與趨勢\n\n作者: 王小明\n\n近年來全球產業鏈加速重構，各國政府更加重視供應鏈安全與韌性。\n',
  'Page 7 - Тестовый университет\nP. 7\nИ. И. Иванов: Цифровая экономика\nТекст страницы о цифровой экономике и торговле, достаточно длинный для абзаца.\n7\n',
  'عنوان المقال عن التجارة الدولية\n\nبقلم: أحمد علي\n\nيتناول هذا المقال التجارة الدولية والذكاء الاصطناعي في الاقتصاد الحديث.\n',
];

/** The pages mutations start from. */
export const BASE_PAGES: readonly string[] = [...pagesIn(SOURCES), ...pagesIn(FIXTURES), ...SCRIPT_PAGES, ...pagesIn(join(ROOT, 'tests/corpus'))];

const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
const CONTROLS = ['\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u2028', '\u2029', '\ufeff', '\u00ad', '\u200b', '\ufffd'];
const SAMPLES = ['Экономика', 'العربية', 'עברית', '全球供应链', 'ひらがな', 'カタカナ', '한국어', 'ελληνικά', 'हिन्दी', 'ไทย', 'e\u0301\u0301\u0301', '👩‍👩‍👧‍👦', '🇦🇿', 'ﬁ ﬂ', '𝕏𝔂𝔷', 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇'];
const NUMBERS = ['0', '-1', '-40', '00', '1', '57', '9999', '99999', '9999999999', '4294967296', '9007199254740993', '1e308', '99999999999999999999999999', '١٢٣', '٤٥', 'Ⅻ', '½', '-0', '+7'];

/** A run of hostile characters. */
const noise: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }).map((s) => s.replace(/\0/g, '')),
  fc.constantFrom(...BIDI, ...CONTROLS, ...SAMPLES, ...NUMBERS),
  fc.array(fc.constantFrom(...BIDI, ...SAMPLES), { minLength: 1, maxLength: 4 }).map((a) => a.join('')),
);

type Mutation = (lines: string[]) => string[];

const at = (lines: string[], i: number) => Math.min(lines.length, Math.max(0, i % (lines.length + 1)));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Lines inserted, deleted, duplicated.
  fc.tuple(fc.nat(), noise).map(([i, s]): Mutation => (lines) => [...lines.slice(0, at(lines, i)), s, ...lines.slice(at(lines, i))]),
  fc.nat().map((i): Mutation => (lines) => lines.filter((_, k) => k !== at(lines, i))),
  fc.nat().map((i): Mutation => (lines) => {
    const k = at(lines, i);
    return k < lines.length ? [...lines.slice(0, k + 1), lines[k]!, ...lines.slice(k + 1)] : lines;
  }),
  // Noise inside a line.
  fc.tuple(fc.nat(), fc.nat(), noise).map(([i, j, s]): Mutation => (lines) => {
    const k = at(lines, i);
    if (k >= lines.length) return lines;
    const line = lines[k]!;
    const p = j % (line.length + 1);
    return lines.with(k, line.slice(0, p) + s + line.slice(p));
  }),
  // Extreme numbers where the furniture has numbers (page labels, journal lines, foot numbers).
  fc.tuple(fc.nat(), fc.constantFrom(...NUMBERS)).map(([i, n]): Mutation => (lines) => {
    const numbered = lines.map((l, k) => (/\d/.test(l) ? k : -1)).filter((k) => k >= 0);
    if (numbered.length === 0) return lines;
    const k = numbered[i % numbered.length]!;
    return lines.with(k, lines[k]!.replace(/\d+/g, n));
  }),
  // Page ranges no article spans, where a journal line gives one.
  fc.tuple(fc.constantFrom(...NUMBERS), fc.constantFrom(...NUMBERS)).map(([a, b]): Mutation => (lines) => lines.map((l) => l.replace(/(pp?\.?\s*)\d+\s*[-–—]\s*\d+/u, `$1${a}-${b}`))),
  // Very long lines, and a very long first line (where titles and heads are).
  fc.tuple(fc.nat(), fc.integer({ min: 500, max: 20_000 })).map(([i, n]): Mutation => (lines) => {
    const k = at(lines, i);
    const line = lines[k] ?? 'Title';
    return lines.with(Math.min(k, lines.length - 1), line.repeat(Math.ceil(n / Math.max(1, line.length))).slice(0, n));
  }),
  fc.integer({ min: 300, max: 5_000 }).map((n): Mutation => (lines) => [`${'Very Long Title Words '.repeat(n / 20)}`.slice(0, n), ...lines]),
  // A line of one very long word (no spaces at all).
  fc.integer({ min: 1_000, max: 50_000 }).map((n): Mutation => (lines) => [...lines, 'x'.repeat(n)]),
);

/** One page: a base page (or a piece of one) with mutations applied. */
export const hostilePage: fc.Arbitrary<string> = fc
  .tuple(fc.nat(BASE_PAGES.length - 1), fc.array(mutation, { maxLength: 6 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([i, ms, eol]) => ms.reduce((lines, m) => m(lines), BASE_PAGES[i]!.split(/\r\n|\r|\n/)).join(eol));

/** A few pages at once, so that pages of different papers mix (and may group wrongly or clash); as text, so a failure prints readably. */
export const hostileCollection: fc.Arbitrary<string[]> = fc.array(
  fc.oneof({ weight: 4, arbitrary: hostilePage }, { weight: 1, arbitrary: fc.nat(BASE_PAGES.length - 1).map((i) => BASE_PAGES[i]!) }),
  { minLength: 1, maxLength: 4 },
);

/** The pages as the ingest is given them. */
export function asSourceFiles(pages: readonly string[]): SourceFile[] {
  return pages.map((text, i) => ({ name: `page-${i}.txt`, bytes: new TextEncoder().encode(text) }));
}
