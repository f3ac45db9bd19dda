/**
 * What the line classifier sees of each line of a page: a vector of numbers
 * describing its place on the page, its shape, its neighbours and what it
 * looks like (a page number, a journal line, a byline, a menu …), in the
 * manner of GROBID's and CERMINE's line models. Text dumps give only the
 * text; a PDF reader can later add layout features (position, font size,
 * bold) to the same vector without changing the rest.
 *
 * The features are named, so the model's weights file records which it was
 * trained on and the training script can report what each contributes.
 */
import { alternation, words } from '../../shared/lexicon.ts';
import { endsSentence, isShouted, measureOf, printedWidth, scriptOf, titleCaseRatio, wordCount } from '../../shared/text-shape.ts';
import { parseJournalLine } from './journal-line.ts';
import { headingLine, listMarker } from './line-kinds.ts';
import { parseRunningHead } from './running-head.ts';

export interface PageLine {
  /** 1-based line number in the source. */
  number: number;
  /** The line with indentation removed and runs of spaces collapsed. */
  clean: string;
  indent: number;
}

const rx = (list: Parameters<typeof alternation>[0], flags = 'iu') => new RegExp(`(?:^|[^\\p{L}])(?:${alternation(list)})(?:$|[^\\p{L}])`, flags);

const FOLIO = /^[-–—\s[(]*\d{1,5}[\])\s–—-]*$/u;
const VIEWER = /^(?:Page|Стр\.?|Страница|Sayfa|Halaman|Página|Seite)\s+\d{1,5}\s*(?:[-–—|/]|of|из|\/)\s*\S/iu;
const PAGE_LABEL = /^(?:P|p|Page|S|С|Стр)\.?\s*\d{1,5}$/u;
const NUMBERED = /^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXLC]{1,6}\.|[A-H]\.)\s+\S/u;
const YEAR = /(?:^|\D)(?:1[89]|20)\d{2}(?:\D|$)/u;
const RANGE = /\d+\s*[-–—]\s*\d+/u;
const VOLUME = /\b(?:vol|volume|v|t|tom|том|cilt|jg|bd|band|año|ano|tome)\.?\s*\d|№\s*\d|\bno\.?\s*\d|\bissue\s*\d|\bsay[ıi]\s*\d|\bnr\.?\s*\d|\bheft\s*\d|\bnúm\.?\s*\d|第\s*\d+\s*[卷期]|\d+\s*\(\d+\)/iu;
const DOI = /\b10\.\d{4,9}\/\S+|\bdoi\b/iu;
const ISSN = /\b[EPe]?-?ISSN\b|\b\d{4}-\d{3}[\dXx]\b/u;
const URL = /https?:\/\/|www\.\S+\.\S+/iu;
/**
 * `/\S+@\S+\.\S+/u.test(text)`, looked for from each "@" only: the regex
 * tries every start of a long run without spaces and so took quadratic time,
 * 30 s of 32 in a profile of 15 fuzz collections (one 1 MB line each). Same
 * answer, except that a dot more than 4,096 characters after the "@" is not
 * looked for (tests/ingest/stages/line-features.test.ts compares the two).
 */
export function hasEmail(text: string): boolean {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    if (at === 0 || /\s/u.test(text[at - 1]!)) continue;
    const run = /^\S*/u.exec(text.slice(at + 1, at + 4097))![0];
    const dot = run.indexOf('.', 1);
    if (dot !== -1 && dot < run.length - 1) return true;
    // A later "@" in the same run sees a tail of it, with no such dot either.
    at += run.length;
  }
  return false;
}
const ORCID = /orcid|\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b/iu;
const COPYRIGHT = /©|\(c\)\s*\d{4}|copyright|licen[cs]e|creative commons|cc[ -]by|all rights reserved|版权|著作權/iu;
const SEPARATORS = /\s[|»>/·•]\s|\s›\s/u;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/gu;
const CYRILLIC = /[\u0400-\u04ff]/gu;
const LETTER = /\p{L}/gu;
const UPPER = /\p{Lu}/gu;
const DIGIT = /\p{N}/gu;
const NAME_SHAPE = /^(?:\p{Lu}[\p{L}'’.-]+\.?\s*(?:\p{Lu}\.\s*){0,3}[,;&*\d¹²³]*\s*(?:and|и|ve|dan|y|e|et|und|&|,)?\s*){1,8}$/u;
/** Characters a line of names may hold at all, and how a word of it may begin (NAME_SHAPE's units, marks and connectors). */
const NAME_CHARS = /^[\p{L}'’.\-\s,;&*\d¹²³]*$/u;
const NAME_WORD_START = /^(?:\p{Lu}|[,;&*\d¹²³]|(?:and|и|ve|dan|y|e|et|und)(?:$|[\p{Lu},;&*\d¹²³]))/u;

/**
 * `NAME_SHAPE.test(text)`, asked only of lines that could match it: every character one it
 * allows, the first word capitalised, and every word starting as one of its units, marks or
 * connectors can. The regex alone backtracked through its nested optional parts on every line
 * of sixteen words or fewer, a quarter of the ingest's time in a profile of 100 papers (1.4 s of
 * 6.6 s); this check turns away almost every line of prose at once and the answer is the regex's
 * (tests/ingest/stages/line-features.test.ts compares the two).
 */
export function hasNameShape(text: string): boolean {
  if (!NAME_CHARS.test(text) || !/^\p{Lu}/u.test(text)) return false;
  for (const word of text.split(/\s+/u)) if (word !== '' && !NAME_WORD_START.test(word)) return false;
  return NAME_SHAPE.test(text);
}
const INITIALS = /\b\p{Lu}\.\s?\p{Lu}\.|\b\p{Lu}\.\s\p{Lu}[\p{Ll}]/u;
const BRACKET_CITE = /\[\d+(?:[,;–-]\s*\d+)*(?:,\s*[сcpsS]\.\s*\d+)?\]|\(\p{Lu}[\p{L}'’-]+(?: et al\.?| and \p{Lu}[\p{L}-]+)?,? (?:19|20)\d{2}[a-z]?\)/u;

const NAVIGATION = rx('navigation');
const WIDGET = rx('widget');
const FRONT = rx('frontLabel');
const BYLINE = new RegExp(`^(?:${alternation('authorLabel')})\\b`, 'iu');
const INSTITUTION = rx('institution');
const SECTION = new RegExp(`^(?:\\d{1,2}\\.?\\s+)?(?:${alternation('section')})\\.?$`, 'iu');
const NAV_WORDS = new Set(words('navigation').map((w) => w.toLowerCase()));

/** The features of a line itself. */
const OWN = [
  'bias',
  'rel-top',
  'first',
  'top-3',
  'top-8',
  'last',
  'bottom-3',
  'length',
  'words',
  'width',
  'short',
  'full',
  'page-web',
  'page-indented',
  'page-pdf-furniture',
  'blank-before',
  'blank-after',
  'prev-width',
  'next-width',
  'next-lower',
  'prev-ends-sentence',
  'indent',
  'upper',
  'title-case',
  'shouted',
  'starts-upper',
  'starts-lower',
  'starts-digit',
  'digits',
  'letters',
  'cjk',
  'cyrillic',
  'ends-period',
  'ends-colon',
  'ends-hyphen',
  'ends-comma',
  'ends-sentence',
  'folio',
  'viewer',
  'page-label',
  'journal-rule',
  'running-head-rule',
  'heading-rule',
  'numbered',
  'list-marker',
  'year',
  'range',
  'volume',
  'doi',
  'issn',
  'url',
  'email',
  'orcid',
  'copyright',
  'front-label',
  'navigation',
  'nav-word',
  'separators',
  'widget',
  'byline-label',
  'institution',
  'name-shape',
  'initials',
  'section-word',
  'repeated',
  'citation',
  'before-body',
  'after-body',
  'in-first-body-run',
  'other-script',
] as const;

type FeatureName = (typeof OWN)[number];

/**
 * The names of the features, in the order of each vector: a line's own, then
 * those of the lines before and after it (menus, header blocks and running
 * heads come in runs; a heading stands between blank lines and a paragraph).
 */
export const FEATURES: readonly string[] = [...OWN, ...OWN.slice(1).map((f) => `prev:${f}`), ...OWN.slice(1).map((f) => `next:${f}`)];

const share = (text: string, re: RegExp, of: number) => (of === 0 ? 0 : (text.match(re)?.length ?? 0) / of);
const clip = (x: number, max = 1) => Math.max(-max, Math.min(max, x));
const bool = (b: boolean) => (b ? 1 : 0);

/** Does a line read as running text (a paragraph's line), not as a label, menu or heading? */
function bodyLike(text: string, measure: number, web: boolean): boolean {
  const w = wordCount(text);
  if (web) return w >= 18 || (text.length >= 70 && /[.!?。]$/u.test(text)) || (share(text, CJK, text.length) > 0.5 && text.length >= 40);
  return printedWidth(text) > 0.7 * measure && w >= 6 && !FOLIO.test(text);
}

/** The features of every line of a page, blank lines included (their vectors are never used). */
export function lineFeatures(lines: readonly PageLine[]): number[][] {
  const filled = lines.map((l, i) => (l.clean === '' ? -1 : i)).filter((i) => i >= 0);
  const n = filled.length;
  const texts = filled.map((i) => lines[i]!.clean);
  const measure = measureOf(texts) || 1;
  const web = n > 0 && texts.filter((t) => t.length > 160).length / n > 0.15;
  const indented = lines.some((l) => l.indent > 0);
  const pdfFurniture = texts.slice(0, 4).some((t) => VIEWER.test(t) || PAGE_LABEL.test(t) || parseJournalLine(t) !== undefined) || FOLIO.test(texts.at(-1) ?? '');
  const seen = new Map<string, number>();
  for (const t of texts) {
    const key = t.toLowerCase().replace(/\d+/g, '#');
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const body = texts.map((t) => bodyLike(t, measure, web));
  const pageScript = scriptOf(texts.filter((_, k) => body[k]).join(' ') || texts.join(' '));
  const firstBody = body.indexOf(true);
  const lastBody = body.lastIndexOf(true);
  let firstRunEnd = firstBody;
  while (firstRunEnd + 1 < n && body[firstRunEnd + 1]) firstRunEnd++;

  const own: number[][] = lines.map(() => []);
  filled.forEach((index, k) => {
    const line = lines[index]!;
    const text = line.clean;
    const prev = k > 0 ? lines[filled[k - 1]!] : undefined;
    const next = k + 1 < n ? lines[filled[k + 1]!] : undefined;
    const width = printedWidth(text) / measure;
    const letters = text.match(LETTER)?.length ?? 0;
    const ctx = { prev: prev?.clean, blankBefore: index > 0 && lines[index - 1]!.clean === '', next: next?.clean, blankAfter: index + 1 < lines.length && lines[index + 1]!.clean === '', measure };
    const wc = wordCount(text);
    const f: Record<FeatureName, number> = {
      bias: 1,
      'rel-top': n > 1 ? k / (n - 1) : 0,
      first: bool(k === 0),
      'top-3': bool(k < 3),
      'top-8': bool(k < 8),
      last: bool(k === n - 1),
      'bottom-3': bool(k >= n - 3),
      length: clip(text.length / 100, 3),
      words: clip(wc / 20, 3),
      width: clip(width, 2),
      short: bool(width < 0.5),
      full: bool(width > 0.85),
      'page-web': bool(web),
      'page-indented': bool(indented),
      'page-pdf-furniture': bool(pdfFurniture),
      'blank-before': bool(ctx.blankBefore),
      'blank-after': bool(ctx.blankAfter),
      'prev-width': prev ? clip(printedWidth(prev.clean) / measure, 2) : 0,
      'next-width': next ? clip(printedWidth(next.clean) / measure, 2) : 0,
      'next-lower': bool(next !== undefined && /^\p{Ll}/u.test(next.clean)),
      'prev-ends-sentence': bool(prev !== undefined && endsSentence(prev.clean)),
      indent: clip(line.indent / 20, 2),
      upper: share(text, UPPER, letters),
      'title-case': letters > 0 ? titleCaseRatio(text).ratio : 0,
      shouted: bool(isShouted(text)),
      'starts-upper': bool(/^\p{Lu}/u.test(text)),
      'starts-lower': bool(/^\p{Ll}/u.test(text)),
      'starts-digit': bool(/^\p{N}/u.test(text)),
      digits: share(text, DIGIT, text.length),
      letters: share(text, LETTER, text.length),
      cjk: share(text, CJK, text.length),
      cyrillic: share(text, CYRILLIC, letters),
      'ends-period': bool(/\.$/.test(text)),
      'ends-colon': bool(/[:：]$/.test(text)),
      'ends-hyphen': bool(/[-\u00ad]$/.test(text)),
      'ends-comma': bool(/[,;，、]$/.test(text)),
      'ends-sentence': bool(endsSentence(text)),
      folio: bool(FOLIO.test(text)),
      viewer: bool(VIEWER.test(text)),
      'page-label': bool(PAGE_LABEL.test(text)),
      'journal-rule': bool(parseJournalLine(text) !== undefined),
      'running-head-rule': bool(parseRunningHead(text) !== undefined),
      'heading-rule': bool(headingLine(text, ctx) !== undefined),
      numbered: bool(NUMBERED.test(text) && wc <= 16),
      'list-marker': bool(listMarker(text, ctx) !== undefined),
      year: bool(YEAR.test(text)),
      range: bool(RANGE.test(text)),
      volume: bool(VOLUME.test(text)),
      doi: bool(DOI.test(text)),
      issn: bool(ISSN.test(text)),
      url: bool(URL.test(text)),
      email: bool(hasEmail(text)),
      orcid: bool(ORCID.test(text)),
      copyright: bool(COPYRIGHT.test(text)),
      'front-label': bool(FRONT.test(text.slice(0, 40))),
      navigation: bool(NAVIGATION.test(text) && wc <= 6),
      'nav-word': bool(NAV_WORDS.has(text.toLowerCase())),
      separators: bool(SEPARATORS.test(text) && wc <= 20),
      widget: bool(WIDGET.test(text) && wc <= 12),
      'byline-label': bool(BYLINE.test(text)),
      institution: bool(INSTITUTION.test(text)),
      'name-shape': bool(wc <= 16 && hasNameShape(text)),
      initials: bool(INITIALS.test(text)),
      'section-word': bool(SECTION.test(text)),
      repeated: bool((seen.get(text.toLowerCase().replace(/\d+/g, '#')) ?? 0) > 1),
      citation: bool(BRACKET_CITE.test(text)),
      'before-body': bool(firstBody !== -1 && k < firstBody),
      'after-body': bool(lastBody !== -1 && k > lastBody),
      'in-first-body-run': bool(firstBody !== -1 && k >= firstBody && k <= firstRunEnd),
      // A line in another script than the page's text: a repost site's menu, a bilingual title's other half.
      'other-script': bool(letters >= 2 && scriptOf(text) !== pageScript),
    };
    own[index] = OWN.map((name) => f[name]);
  });
  const none = new Array(OWN.length - 1).fill(0);
  return lines.map((_, index) => {
    const v = own[index]!;
    if (v.length === 0) return v;
    const k = filled.indexOf(index);
    const before = k > 0 ? own[filled[k - 1]!]!.slice(1) : none;
    const after = k + 1 < n ? own[filled[k + 1]!]!.slice(1) : none;
    return [...v, ...before, ...after];
  });
}
