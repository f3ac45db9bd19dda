/**
 * Measures of how a line of text looks: how wide it would print, whether it
 * is set in title case, whether it ends a sentence. Layout heuristics in the
 * ingest are built from these, so they are shared here rather than re-guessed
 * in each stage.
 */
import { words } from './lexicon.ts';

/** Approximate advance widths (1/1000 em) of a Times-like serif face. */
const WIDTHS: Record<string, number> = {
  ' ': 250, a: 444, b: 500, c: 444, d: 500, e: 444, f: 333, g: 500, h: 500, i: 278, j: 278, k: 500, l: 278,
  m: 778, n: 500, o: 500, p: 500, q: 500, r: 333, s: 389, t: 278, u: 500, v: 500, w: 722, x: 500, y: 500,
  z: 444, A: 722, B: 667, C: 667, D: 722, E: 611, F: 556, G: 722, H: 722, I: 333, J: 389, K: 722, L: 611,
  M: 889, N: 722, O: 722, P: 556, Q: 722, R: 667, S: 556, T: 611, U: 722, V: 722, W: 944, X: 722, Y: 722,
  Z: 611, '.': 250, ',': 250, ':': 278, ';': 278, '-': 333, '(': 333, ')': 333, '[': 333, ']': 333,
  '“': 444, '”': 444, '‘': 333, '’': 333, '"': 408, "'": 180, '—': 1000, '–': 500, '&': 778, '/': 278,
  '%': 833, '$': 500, '!': 333, '?': 444,
};

/**
 * Estimated printed width of a line. Character counts mislead for
 * proportional type ("illicit" vs "MWWM"), and paragraph ends are found by
 * comparing a line's width with the page's full measure.
 */
const WIDTH_TABLE = new Uint16Array(0x2100).fill(500);
for (const [ch, w] of Object.entries(WIDTHS)) WIDTH_TABLE[ch.charCodeAt(0)] = w;

export function printedWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    width += code < 0x2100 ? WIDTH_TABLE[code]! : code >= 0x2e80 ? 1000 : 500;
  }
  return width;
}

const MINOR_WORDS = new Set(words('minor'));

export function isMinorWord(word: string): boolean {
  return MINOR_WORDS.has(word.toLowerCase());
}

/** Share of content words (not "of", "the", ...) that start with a capital. */
export function titleCaseRatio(text: string): { ratio: number; content: number } {
  const words = text.match(/[\p{L}][\p{L}\p{N}'’-]*/gu) ?? [];
  let content = 0;
  let capital = 0;
  for (const w of words) {
    if (isMinorWord(w)) continue;
    content++;
    if (/^\p{Lu}/u.test(w)) capital++;
  }
  return { ratio: content === 0 ? 0 : capital / content, content };
}

export function isTitleCase(text: string, threshold = 0.75): boolean {
  const { ratio, content } = titleCaseRatio(text);
  return content >= 1 && ratio >= threshold;
}

/** True when the text ends a sentence (., ?, !, possibly inside quotes or brackets). */
export function endsSentence(text: string): boolean {
  return /[.?!:。！？：][”"’')\]」』）]*$/u.test(text) && !/\b(?:e\.g|i\.e|cf|al|vs|pp?|Vol|No|Fig)\.$/u.test(text);
}

/** True when a sentence boundary (". Capital") occurs inside the text. */
export function hasInnerSentenceBreak(text: string): boolean {
  return /[a-z\d)][.?!]["”’]?\s+\p{Lu}/u.test(text);
}

const LETTER = /\p{L}/u;
/** Whether each UTF-16 code unit is a letter on its own, filled in as met (0 not yet known, 1 letter, 2 not). */
const LETTER_UNIT = new Uint8Array(0x10000);

/** Whether a UTF-16 code unit is a letter (\p{L}) by itself; a lone surrogate is not. Cached: this runs on every character. */
export function isLetterUnit(code: number): boolean {
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  if (LETTER_UNIT[code] === 0) LETTER_UNIT[code] = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
  return LETTER_UNIT[code] === 1;
}

/** Code units of the letter starting at `i` (2 for a letter beyond the BMP), or 0 when none does. */
export function letterLengthAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const point = text.codePointAt(i)!;
    return point > 0xffff && LETTER.test(String.fromCodePoint(point)) ? 2 : 0;
  }
  return isLetterUnit(code) ? 1 : 0;
}

const WHITE_SPACE = /\s/u;

/** Runs of non-white-space, counted without collecting them (this runs on every line). */
export function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 0x20 || (code <= 0x0d && code >= 0x09) || (code > 0x7f && WHITE_SPACE.test(text[i]!));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Dominant script of a text: 'han' for CJK ideographs, otherwise 'latin'. */
export function dominantScript(text: string): 'han' | 'latin' {
  let han = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) han++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) latin++;
  }
  return han > latin ? 'han' : 'latin';
}

/** The script most of a text's letters are in. */
export function scriptOf(text: string): 'han' | 'kana' | 'hangul' | 'cyrillic' | 'greek' | 'arabic' | 'latin' {
  const counts = { han: 0, kana: 0, hangul: 0, cyrillic: 0, greek: 0, arabic: 0, latin: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) counts.han++;
    else if (c >= 0x3040 && c <= 0x30ff) counts.kana++;
    else if (c >= 0xac00 && c <= 0xd7af) counts.hangul++;
    else if (c >= 0x400 && c <= 0x4ff) counts.cyrillic++;
    else if (c >= 0x370 && c <= 0x3ff) counts.greek++;
    else if (c >= 0x600 && c <= 0x6ff) counts.arabic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) counts.latin++;
  }
  // Japanese text is kana and kanji together.
  if (counts.kana > 0) counts.kana += counts.han;
  return (Object.entries(counts) as [keyof typeof counts, number][]).reduce((best, e) => (e[1] > best[1] ? e : best), ['latin', 0] as [keyof typeof counts, number])[0];
}

/**
 * Normal title case for a shouted line: "THE JOURNAL OF ECONOMIC SCIENCES:
 * THEORY AND PRACTICE" -> "The Journal of Economic Sciences: Theory and
 * Practice". Minor words stay lower case except at the start or after a colon.
 */
export function titleCaseShouted(text: string): string {
  let startOfPart = true;
  return text.replace(/[\p{L}][\p{L}'’]*|[:.!?—]/gu, (token) => {
    if (/^[:.!?—]$/u.test(token)) {
      startOfPart = true;
      return token;
    }
    const lower = token.toLowerCase();
    const out = !startOfPart && MINOR_WORDS.has(lower) ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
    startOfPart = false;
    return out;
  });
}

/** True when the letters of the text are (almost) all capitals. */
export function isShouted(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < 4) return false;
  const upper = letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length;
  return upper / letters.length > 0.9;
}

/**
 * The full measure of a page: the printed width its full lines reach. The
 * 90th percentile ignores the odd overlong line (a running head, a URL).
 */
export function measureOf(texts: readonly string[]): number {
  const widths = texts.filter((t) => t.length > 0).map(printedWidth).sort((a, b) => a - b);
  if (widths.length === 0) return 0;
  return widths[Math.min(widths.length - 1, Math.floor(widths.length * 0.9))]!;
}
