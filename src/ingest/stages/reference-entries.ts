/**
 * Reading reference lists: the lines under a "References" heading -> one
 * string per entry (splitEntries), and one entry -> CSL-JSON (parseEntry).
 *
 * Splitting: a numbered list opens an entry at the next number; a
 * `pdftotext -layout` list at the flush line of a hanging indent; a web list
 * at each (long) line; any other list where a line begins the way this
 * list's entries begin (its author pattern, and in author-date lists the year
 * right after the names). Wrapped lines are joined as the typesetter broke
 * them (dehyphenate.ts), a URL or DOI broken at a line end without a space.
 *
 * Parsing is rule-based and style-aware rather than style-specific: an entry
 * is read as authors (and, in author-date styles, the year), a title, and a
 * "source" (journal and numbering, or editors and book, or place and
 * publisher), each part recognised by the marks the common styles put around
 * it (APA, Harvard, Chicago, MLA, Vancouver, IEEE, GOST, ABNT, DIN, ISNAD,
 * GB/T 7714, French author-date, Springer and Nature house styles).
 *
 * Pure functions, no I/O. An entry is read with a bounded number of passes,
 * and a list line by line reading only the end of the entry being built, so
 * the work is linear in the text.
 */
import { buildVocabulary, joinKind, type Vocabulary } from './dehyphenate.ts';

export interface CslName {
  family: string;
  given?: string;
}
export interface CslLiteral {
  literal: string;
}
export interface CslDate {
  'date-parts': number[][];
}

export interface CslEntry {
  type?: 'article-journal' | 'book' | 'chapter' | 'report' | 'thesis' | 'webpage' | 'paper-conference';
  author?: (CslName | CslLiteral)[];
  editor?: (CslName | CslLiteral)[];
  issued?: CslDate;
  /** "a" of "2019a": the year stays a number, the suffix tells two works of one year apart. */
  'year-suffix'?: string;
  title?: string;
  'container-title'?: string;
  volume?: string;
  issue?: string;
  page?: string;
  publisher?: string;
  'publisher-place'?: string;
  edition?: string;
  number?: string;
  DOI?: string;
  URL?: string;
  accessed?: CslDate;
}

export interface ReferenceLine {
  text: string;
  indent: number;
}

// ---------------------------------------------------------------------------
// Headings
// ---------------------------------------------------------------------------

const HEADINGS = new Set(
  [
    'references', 'reference', 'reference list', 'references cited', 'literature cited', 'works cited', 'cited literature',
    'bibliography', 'selected bibliography', 'literature', 'sources', 'sources and literature',
    'literatur', 'literaturverzeichnis', 'quellen', 'quellenverzeichnis', 'quellen- und literaturverzeichnis',
    'références', 'références bibliographiques', 'bibliographie', 'ouvrages cités',
    'referencias', 'referencias bibliográficas', 'bibliografía', 'bibliografia', 'referências', 'referências bibliográficas',
    'riferimenti bibliografici', 'bibliografie', 'literatuur', 'literatura', 'piśmiennictwo',
    'kaynakça', 'kaynaklar', 'yararlanılan kaynaklar',
    'daftar pustaka', 'pustaka', 'daftar rujukan', 'rujukan', 'rujukan',
    'список литературы', 'литература', 'список источников', 'список использованной литературы',
    'список использованных источников', 'библиографический список', 'библиография', 'источники',
    'список використаних джерел', 'список використаної літератури', 'література', 'джерела', 'використана література',
    'foydalanilgan adabiyotlar', 'adabiyotlar', 'adabiyotlar ro‘yxati', "adabiyotlar ro'yxati", 'foydalanilgan adabiyotlar ro‘yxati',
    'ədəbiyyat', 'ədəbiyyat siyahısı', 'istifadə olunmuş ədəbiyyat', 'әдебиеттер', 'пайдаланылған әдебиеттер', 'әдебиеттер тізімі',
    '参考文献', '參考文獻', '参考資料', '引用文献', '主要参考文献', '참고문헌',
  ].map((h) => h.normalize('NFC')),
);

/**
 * True for a line that heads a reference list, in any of the languages the
 * corpus holds: "References", "7. Bibliography", "Литература / References",
 * "参考文献：", "References listed on IDEAS".
 */
export function referenceHeading(line: string): boolean {
  let s = line.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
  s = s.replace(/^(?:\d{1,2}(?:\.\d{1,2})*\.?|[ivx]{1,5}\.|#+|§)\s*/u, '').replace(/^[[【]|[\]】]$/gu, '');
  s = s.replace(/\s*[:：.]$/u, '').trim();
  if (s.length === 0 || s.length > 60) return false;
  if (HEADINGS.has(s) || HEADINGS.has(s.replace(/\s+(?:listed on \S+|cited)$/u, ''))) return true;
  // Bilingual headings: "Литература / References", "Kaynakça – References".
  const parts = s.split(/\s*[/|–—]\s*|\s+-\s+/u);
  return parts.length > 1 && parts.every((p) => HEADINGS.has(p));
}

// ---------------------------------------------------------------------------
// Splitting a list into entries
// ---------------------------------------------------------------------------

/** "[12]", "12.", "12)", "(12)", "[iv]": the marker a numbered entry opens with. */
const MARKER = /^(?:\[(\d{1,4})\]|\((\d{1,3})\)|(\d{1,3})[.)](?=\s|\p{L}|\[)|\[([ivxlc]{1,7})\])\s*/iu;

function romanValue(s: string): number {
  const v: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const a = v[s[i]!.toLowerCase()] ?? 0;
    const b = v[s[i + 1]?.toLowerCase() ?? ''] ?? 0;
    total += a < b ? -a : a;
  }
  return total;
}

function markerNumber(text: string): number | undefined {
  const m = MARKER.exec(text);
  if (!m) return undefined;
  if (m[4]) return romanValue(m[4]);
  return Number(m[1] ?? m[2] ?? m[3]);
}

/** "———." / "---." / "——," standing for the previous entry's authors. */
const SAME_AUTHORS = /^(?:[—–_-]\s?){2,}[.,]?/u;

// Name pieces shared by the start-of-entry patterns and the author reader.
const L = "[\\p{L}\\p{M}'’‘ʻ`]";
const FAMILY_WORD = String.raw`\p{Lu}${L}+(?:-\p{Lu}?${L}+)*`;
const PARTICLE = String.raw`(?:van|von|der|den|de|del|della|da|das|do|dos|du|di|la|le|ten|ter|zu|bin|ibn|al|el|st\.)`;
const FAMILY = String.raw`(?:${PARTICLE}\s+)*${FAMILY_WORD}`;
// A second family word ("Gómez Ruiz", "SILVA SANTOS"), never initials ("Lindahl JF").
const FAMILY2 = String.raw`${FAMILY}(?:\s+(?:\p{Lu}\p{Ll}${L}*(?:-\p{Lu}?${L}+)*|\p{Lu}{4,}))?`;
const INITS_DOT = String.raw`\p{Lu}\p{Ll}?\.(?:\s?-?\p{Lu}\p{Ll}?\.)*`;
const INITS_BARE = String.raw`\p{Lu}{1,3}(?![\p{L}]|\.\p{L})`;
const GIVEN_WORD = String.raw`\p{Lu}\p{Ll}${L}*(?:-\p{Lu}\p{Ll}${L}*)?`;
const GIVEN = String.raw`${GIVEN_WORD}(?:\s+${GIVEN_WORD})?(?:\s+\p{Lu}\.)*`;

/** How an entry of each common style begins (a personal author list), tried on a line's start. */
const START_PATTERNS: Record<string, RegExp> = {
  // Abadi, K., / Bilous, N.P. (2020) / ALBUQUERQUE, F. L.;
  famInit: new RegExp(String.raw`^${FAMILY2},\s*${INITS_DOT}(?:,|;|\s|$)`, 'u'),
  // Ahmed, Farhan Z., and / Adeyemi, Folake. / Albrecht, Lena/Kühn
  famGiven: new RegExp(String.raw`^${FAMILY2},\s*${GIVEN}(?:[./&(]|(?<=\.)\s|,\s*(?:and\s|&|\d{4}|\p{Lu}|et al)|\s+(?:and|&|und|et)\s|\s+\()`, 'u'),
  // Иванов И. И. / Arnaud M., / Hasanov R.T.,
  famInitDot: new RegExp(String.raw`^${FAMILY}\s+${INITS_DOT}(?:,|\s|$)`, 'u'),
  // Kowalczyk A, / Huber M (2020) / BURRI M.
  famInitBare: new RegExp(String.raw`^${FAMILY}\s+${INITS_BARE}(?:,|\s\(|\.|\s+et al)`, 'u'),
  // C. Muñoz and / A. Kumar,
  initFam: new RegExp(String.raw`^${INITS_DOT}\s*${FAMILY}(?:,\s|\s+(?:and|&)\s|\s+et al)`, 'u'),
  // Blanchet Élise, 2019 / Garnier Paul et Roussel Anne, 2017
  famGivenYear: new RegExp(String.raw`^${FAMILY}\s+${GIVEN_WORD}(?:\s+(?:et|and|&)\s+${FAMILY}\s+${GIVEN_WORD})*,\s+\d{4}`, 'u'),
  // 张三, 李四. / 商务部.
  cjk: /^[\u3400-\u9fff]{2,12}(?:[,，、][\u3400-\u9fff]{2,4})*[.．。:：]/u,
};

/** A corporate author in an author-date list: "World Bank, 2022." "OECD. (2019)." "Statistik Austria (2021)". */
const CORPORATE_YEAR = [
  /^\p{Lu}[^\d.:;()]{1,80}?(?:\s\([^)\d]{1,20}\))?[.,]?\s*\((?:\d{4}|n\.\s?d\.|s\.\s?d\.|t\.\s?y\.|o\.\s?J\.)/u,
  /^\p{Lu}[^\d.:;()]{1,80}?,\s\d{4}[a-z]?[.,]/u,
  /^\p{Lu}[^\d.,:;()]{1,80}?\.\s\d{4}[a-z]?\./u,
];

/** What follows the names in an author-date entry: "(2019)", "(n.d.)", ", 2019.", ". 2019a." */
const YEAR_NEXT = /^\s*(?:[.,]?\s*\((?:\d{4}|n\.\s?d\.|t\.\s?y\.|s\.\s?d\.|o\.\s?J\.)|[.,]\s+\d{4}[a-z]?[.,:])/u;

/** The year (or "n.d.") right after the names: what makes a list author-date. */
function yearAfterNames(text: string): boolean {
  for (const f of Object.keys(NAME_FORMS)) {
    const list = readListOfForm(text, 0, f);
    if (list && YEAR_NEXT.test(text.slice(list.end))) return true;
  }
  return false;
}

function startPatterns(text: string): string[] {
  const out: string[] = [];
  for (const [name, re] of Object.entries(START_PATTERNS)) if (re.test(text)) out.push(name);
  return out;
}

/** The end of a growing entry: what the checks below read, so that joining a long entry stays linear. */
function tailOf(text: string): string {
  return text.length > 300 ? text.slice(-300) : text;
}

/** A line that ends in the middle of something: the next line cannot open a new entry. */
function endsOpen(entry: string): boolean {
  const text = tailOf(entry);
  if (/[,;:&/–—-]$|\/\/$/u.test(text)) return !/https?:\/\/\S*$|\bdoi\.org\/\S*$/iu.test(text);
  if (/(?:^|\s)(?:and|of|the|in|for|on|to|with|und|der|die|des|für|de|la|le|et|du|y|en|del|e|do|da|и|в|на|по|ve|ile|dan|di|in:|In:|eds?\.|Ed\.|Hrsg\.)$/u.test(text)) return true;
  const opens = (text.match(/[([“«]/gu) ?? []).length;
  const closes = (text.match(/[)\]”»]/gu) ?? []).length;
  return opens > closes;
}

/** An entry that looks finished: the next short unpunctuated line is a heading, not more of it. */
function looksFinished(entry: string): boolean {
  const text = tailOf(entry);
  return /[.)\]”"»\d]$/u.test(text) || /(?:https?:\/\/|www\.)\S+$/iu.test(text);
}

/** Section headings that close a reference list. */
const CLOSING = /^(?:\d{1,2}\.?\s+)?(?:notes?|endnotes|footnotes|acknowledge?ments?|appendix|appendices|annex(?:e|es)?|anhang|summary|abstract|résumé|resumo|resumen|özet|abstrak|аннотация|анотація|примечания|author(?:s’|s'|s)?\s+(?:contributions|information|biograph(?:y|ies))|about the authors?|funding|conflicts? of interest|declarations?|data availability|supplementary (?:material|information)|ayrıntılar|pour citer cet article|информация об авторах|сведения об авторах|відомості про авторів)[:.]?$/iu;

/** Run-in headings of the blocks that follow a list: "Abstract: …", "Keywords: …". */
const RUN_IN = /^(?:abstract|summary|key\s?words?|résumé|resumen|resumo|zusammenfassung|schlüsselwörter|аннотация|анотація|ключевые слова|ключові слова|özet|anahtar kelimeler|abstrak|kata kunci|摘要|关键词)\s*[.:：]/iu;

function closesList(text: string, previous: string | undefined): boolean {
  if (CLOSING.test(text) || RUN_IN.test(text)) return true;
  // A short unpunctuated capitalised line after a finished entry: the next section's heading.
  if (!previous || !looksFinished(previous)) return false;
  const words = text.split(/\s+/);
  return words.length <= 4 && text.length <= 40 && /^\p{Lu}/u.test(text) && !/[.,;:)\]\d]$/u.test(text) && !/\d/u.test(text) && startPatterns(text).length === 0;
}

/**
 * numbered: "[1]", "1."; hanging: continuation lines set in (pdftotext -layout);
 * lines: a web page's list, one entry per (long) line; flat: wrapped lines, entries told by how they begin.
 */
type Mode = 'numbered' | 'hanging' | 'lines' | 'flat';

/** A line that goes on with the entry before it even in a one-entry-per-line list: "DOI : …", a link, a lower-case run-on. */
const RUN_ON = /^(?:[Dd][Oo][Ii]\b|https?:|www\.|\[|\(|[\p{Ll}\d])/u;

function listMode(lines: readonly ReferenceLine[]): Mode {
  const first = lines.find((l) => l.text.trim() && !referenceHeading(l.text));
  if (!first) return 'flat';
  const numbered = lines.filter((l) => markerNumber(l.text.trim()) !== undefined).length;
  if (markerNumber(first.text.trim()) !== undefined || numbered >= 2) return 'numbered';
  const indents = lines.filter((l) => l.text.trim()).map((l) => l.indent);
  const min = indents.reduce((a, b) => Math.min(a, b), Infinity);
  const deeper = indents.filter((i) => i >= min + 2).length;
  // Hanging indents: continuation lines set in, entry starts flush (pdftotext -layout).
  if (deeper > 0 && deeper < indents.length) return 'hanging';
  // Lines longer than any printed column: a web page that keeps each entry on one line.
  const texts = lines.map((l) => l.text.trim()).filter(Boolean);
  return texts.filter((t) => t.length > 100).length * 5 >= texts.length * 3 ? 'lines' : 'flat';
}

/** How the entries of one list begin. */
interface Shape {
  /** The author-list patterns (START_PATTERNS) most entry starts follow. */
  patterns: Set<string>;
  /** The years follow the names (APA, Harvard, Chicago author-date, DIN, French). */
  authorDate: boolean;
  /** Surnames in capitals (ABNT): a body in capitals ("IBGE.", "BRASIL.") opens an entry too. */
  capitals: boolean;
}

/**
 * The shape of this list's entry starts: lines of other shapes are
 * continuations, so "Palgrave Macmillan, Cham." cannot open an entry of an
 * APA list.
 */
function listShape(lines: readonly string[]): Shape {
  const counts = new Map<string, number>();
  let dated = 0;
  let starts = 0;
  let capitals = 0;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    if (i > 0 && endsOpen(lines[i - 1]!)) continue;
    const found = startPatterns(text);
    if (found.length === 0) continue;
    starts++;
    if (yearAfterNames(text)) dated++;
    if (/^\p{Lu}{2,}[,\s]/u.test(text)) capitals++;
    for (const f of found) counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  const best = Math.max(0, ...counts.values());
  const patterns = new Set([...counts].filter(([, n]) => n >= Math.max(1, best / 3)).map(([k]) => k));
  return { patterns, authorDate: starts > 0 && dated * 2 >= starts, capitals: starts > 0 && capitals * 2 >= starts };
}

const BODY_IN_CAPITALS = /^\p{Lu}{2,}(?:[\s-]+\p{Lu}{2,})*[.,]\s/u;

function opensFlatEntry(text: string, shape: Shape): boolean {
  if (SAME_AUTHORS.test(text)) return true;
  if (shape.authorDate) {
    // Author-date entries begin with their names and then the year ("Palgrave Macmillan, Cham." does not),
    // unless the names run on to the next line.
    if (CORPORATE_YEAR.some((re) => re.test(text))) return true;
    const named = startPatterns(text).some((p) => shape.patterns.has(p));
    return named && (yearAfterNames(text) || /(?:,|&|\band)$/u.test(text));
  }
  return startPatterns(text).some((p) => shape.patterns.has(p)) || (shape.capitals && BODY_IN_CAPITALS.test(text));
}

/**
 * Where an author-date entry begins inside a line, after an entry that ended:
 * a flattened list, "… 45–67. Brandt, O. (2019). …" (-1 if none does).
 */
function inlineStart(text: string, shape: Shape): number {
  const re = /(?<=[.)\]\d]\s)(?=\p{Lu})/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const rest = text.slice(m.index, m.index + 200);
    if (startPatterns(rest).some((p) => shape.patterns.has(p)) && yearAfterNames(rest)) return m.index;
    re.lastIndex = m.index + 1;
  }
  return -1;
}

/** A URL or DOI still running at the end of `prev` continues on `next` without a space. */
function urlContinues(prev: string, next: string): boolean {
  const tail = /\S+$/u.exec(tailOf(prev))?.[0] ?? '';
  if (!/^(?:https?:\/\/|www\.|doi\.org\/|10\.\d{4,}\/)|^[\w.-]+\.[a-z]{2,}\/\S*$/iu.test(tail)) return false;
  if (/[/\-_=&?#%~]$/u.test(tail)) return true;
  const head = /^\S+/u.exec(next)?.[0] ?? '';
  if (tail.endsWith('.')) return /^[\p{Ll}\d]/u.test(head);
  return /^[\p{Ll}\d./_-]/u.test(head) && /[./_=-]/u.test(head) && !/\p{Lu}/u.test(head);
}

/** How `next` joins the entry that ends in `end`: drop the line-end hyphen, append directly, or after a space. */
function joinHow(end: string, next: string, vocab: Vocabulary): 'drop-hyphen' | 'direct' | 'space' {
  if (urlContinues(end, next)) return 'direct';
  // GOST's " //" before the journal is a separator, not a broken word.
  if (/\s\/\/$/u.test(end)) return 'space';
  // "AMEA-" + "nın": an abbreviation's hyphen is its own, not the typesetter's.
  if (/(?:^|[^\p{L}])\p{Lu}{2,}-$/u.test(end) || /\d-$/u.test(end)) return 'direct';
  return joinKind(end, next, vocab);
}

/**
 * An entry being built line by line. Its lines are kept apart and joined once
 * at the end, and only its last few hundred characters are read on the way,
 * so that building an entry stays linear however long it grows.
 */
interface Building {
  pieces: string[];
  /** Index of the line the entry opens on. */
  row: number;
  /** The entry's last characters, what the checks read. */
  end: string;
}

function startEntry(text: string, row: number): Building {
  return { pieces: [text], row, end: tailOf(text) };
}

function addLine(entry: Building, next: string, vocab: Vocabulary): void {
  const how = joinHow(entry.end, next, vocab);
  if (how === 'drop-hyphen') {
    const last = entry.pieces.length - 1;
    entry.pieces[last] = entry.pieces[last]!.slice(0, -1);
  }
  const added = how === 'space' ? ` ${next}` : next;
  entry.pieces.push(added);
  entry.end = tailOf((how === 'drop-hyphen' ? entry.end.slice(0, -1) : entry.end) + added);
}

/**
 * The entries of a reference list, wrapped lines joined. Numbered lists
 * open an entry at the next number; `pdftotext -layout` lists at the flush
 * (unindented) line of a hanging indent; other lists where a line begins as
 * this list's entries begin (an author list in its style, a corporate author
 * with its year, "———.") after a line that does not end open. A reference
 * heading inside the list (a second, transliterated list) restarts the
 * numbering; another section's heading ends the list.
 */
export function splitEntries(lines: readonly ReferenceLine[]): string[] {
  return listEntries(lines).entries.map((e) => e.text);
}

export interface ListedEntry {
  text: string;
  /** Index in the lines given of the line the entry opens on. */
  row: number;
}

/**
 * splitEntries, telling where each entry opens and where the list ends
 * (`end`: the index of the first line that is not the list's, another
 * section's heading, or the number of lines).
 */
export function listEntries(lines: readonly ReferenceLine[]): { entries: ListedEntry[]; end: number } {
  // SciELO appends its "[ Links ]" button to every entry line.
  const rows = lines.map((l) => ({ text: l.text.replace(/\s+/g, ' ').replace(/\s*\[\s*Links\s*\]$/u, '').trim(), indent: l.indent }));
  const vocab = buildVocabulary(rows.map((r) => r.text));
  const mode = listMode(lines);
  const shape = listShape(rows.filter((r) => r.text).map((r) => r.text));
  const minIndent = rows.reduce((a, r) => (r.text ? Math.min(a, r.indent) : a), Infinity);
  const entries: ListedEntry[] = [];
  let current: Building | undefined;
  let expected: number | undefined;
  let afterHeading = true;
  let end = rows.length;
  const flush = () => {
    if (current) entries.push({ text: current.pieces.join(''), row: current.row });
    current = undefined;
  };
  for (const [index, row] of rows.entries()) {
    const text = row.text;
    if (!text) {
      // A blank line ends an entry, except in a numbered list (where the next number does).
      if (mode !== 'numbered') flush();
      continue;
    }
    if (referenceHeading(text)) {
      flush();
      afterHeading = true;
      continue;
    }
    if (closesList(text, current?.end)) {
      end = index;
      break;
    }
    let opens: boolean;
    if (mode === 'numbered') {
      const n = markerNumber(text);
      opens = n !== undefined && (expected === undefined || (n >= expected && n <= expected + 2) || (afterHeading && n === 1));
      if (opens) expected = n! + 1;
    } else if (mode === 'hanging') {
      opens = row.indent <= minIndent + 1;
    } else if (mode === 'lines') {
      opens = !RUN_ON.test(text);
    } else {
      opens = current === undefined || (!endsOpen(current.end) && opensFlatEntry(text, shape));
    }
    if (opens || current === undefined) {
      flush();
      current = startEntry(text, index);
      afterHeading = false;
    } else addLine(current, text, vocab);
    // A viewer that flattens the list into one line: "… 2019. – 256 b. 2. Hasanova D. …", "… 45–67. Brandt, O. (2019). …".
    // Only the line just added is searched: it is the entry's last piece.
    const next = (piece: string): number => {
      if (mode === 'numbered') return expected === undefined ? -1 : inlineMarker(piece, expected);
      return mode !== 'hanging' && shape.authorDate && piece.length > 120 ? inlineStart(piece, shape) : -1;
    };
    let piece = current.pieces.at(-1)!;
    for (let at = next(piece); at > 0; at = next(piece)) {
      current.pieces[current.pieces.length - 1] = piece.slice(0, at);
      entries.push({ text: current.pieces.join('').trim(), row: current.row });
      piece = piece.slice(at).trim();
      current = startEntry(piece, index);
      if (expected !== undefined) expected++;
    }
  }
  flush();
  return { entries, end };
}

/**
 * Where entry `n` begins inside a line, after an entry that ended and before
 * authors: "… С. 14–17. 3. Sobirova M. …" (-1 if it does not).
 */
function inlineMarker(text: string, n: number): number {
  const re = /(?<=[.)\]]\s)(?:\[(\d{1,4})\]|(\d{1,3})[.)])\s+(?=[\p{Lu}\u3400-\u9fff])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (Number(m[1] ?? m[2]) !== n) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    if (startPatterns(after).length > 0 || CORPORATE_YEAR.some((c) => c.test(after)) || CJK.test(after[0] ?? '')) return m.index;
  }
  return -1;
}

// ---------------------------------------------------------------------------
// Parsing one entry
// ---------------------------------------------------------------------------

type Name = CslName | CslLiteral;

/** Institutions: words that make a name a body's, not a person's. */
const CORPORATE_WORD =
  /statisti|statyst|minist|bureau|office|agenc|organi[sz]a|institut|centre|center|council|commission|comisi|comiss|committee|department|service|associa|society|union\b|nations|fund\b|bank|banco|banque|\bamt\b|bakanl|kementer|badan\b|tribunal|authority|agentur|foundation|stiftung|forum\b|programme|survey|board\b|academy|akadem|secretariat|federal|national|nacional|government|regierung|державн|министерств|служб|комитет|агентств|институт|университет|university|universit|bundes|europe|world|global|group\b|library|archive|archiv|confederation|federation|chamber|kammer|cámara|instituto|conselho|consejo|ministério|ministerio|secretaria|fundação|fundación|tribunal|senado|congress|parliament|parlament|assembly|court/iu;

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/u;
const CJK_ORG = /(?:部|局|院|所|会|委员会|中心|银行|公司|大学|学会|办公室|署|厅|处|协会|研究会|集团|联合会|政府|省|市|县)$/u;

function isCorporate(s: string): boolean {
  const t = s.trim();
  // "商务部" is a body; "山田太郎・鈴木花子" two persons.
  if (CJK.test(t)) return t.split(/[,，、・]\s*/u).some((p) => CJK_ORG.test(p) || p.length > 4);
  if (CORPORATE_WORD.test(t)) return true;
  // Acronyms: OECD, FAO, IBGE, TÜRSAB, UNCTAD.
  return /^\p{Lu}[\p{Lu}\d&-]{1,11}$/u.test(t);
}

/** Chinese compound surnames; any other Chinese name is one family character and the given name. */
const CJK_DOUBLE_SURNAMES = new Set(['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '轩辕', '令狐', '端木', '歐陽', '司馬', '諸葛']);

/**
 * A Chinese name is one family character (two for the compound surnames)
 * and the given name; a Japanese name (`japanese`) mostly two and the rest.
 */
function cjkName(s: string, japanese = false): Name {
  const t = s.trim().replace(/\s+/gu, '');
  if (CJK_ORG.test(t) || t.length > 4) return { literal: t };
  const cut = japanese ? (t.length >= 3 ? 2 : 1) : CJK_DOUBLE_SURNAMES.has(t.slice(0, 2)) && t.length > 2 ? 2 : 1;
  return t.length === 1 ? { family: t } : { family: t.slice(0, cut), given: t.slice(cut) };
}

interface NameForm {
  re: RegExp;
  /** Builds the name from the match's two groups. */
  build: (a: string, b: string) => Name;
  /** Forms the following names of the same list may take. */
  next: string[];
}

const famFirst = (family: string, given: string): Name => ({ family: family.trim(), given: given.trim() });
const givenFirst = (given: string, family: string): Name => ({ family: family.trim(), given: given.trim() });

/** Name shapes, each a sticky regex with (first part)(second part). */
const NAME_FORMS: Record<string, NameForm> = {
  famInit: { re: new RegExp(String.raw`(${FAMILY2}),\s*(${INITS_DOT})`, 'uy'), build: famFirst, next: ['famInit', 'famGiven'] },
  famGiven: { re: new RegExp(String.raw`(${FAMILY2}),\s*(${GIVEN})(?![\p{L}])`, 'uy'), build: famFirst, next: ['famGiven', 'famInit', 'givenFam'] },
  famInitDot: { re: new RegExp(String.raw`(${FAMILY})\s+(${INITS_DOT})`, 'uy'), build: famFirst, next: ['famInitDot'] },
  famInitBare: { re: new RegExp(String.raw`(${FAMILY})\s+(${INITS_BARE})`, 'uy'), build: famFirst, next: ['famInitBare'] },
  initFam: { re: new RegExp(String.raw`(${INITS_DOT})\s*(${FAMILY})(?![\p{L}])`, 'uy'), build: givenFirst, next: ['initFam'] },
  // French author-date prints "Blanchet Élise": family first, no comma.
  famGivenPlain: { re: new RegExp(String.raw`(${FAMILY})\s+(${GIVEN_WORD})(?![\p{L}])`, 'uy'), build: famFirst, next: ['famGivenPlain'] },
  givenFam: { re: new RegExp(String.raw`(${GIVEN})\s+(${FAMILY})(?![\p{L}])`, 'uy'), build: givenFirst, next: ['givenFam'] },
  cjk: { re: /([\u3400-\u9fff]{2,4})()/uy, build: (a) => cjkName(a), next: ['cjk'] },
};

const SEPARATOR = /\s*(?:,\s*(?:and|&|und|et|y|e|ve|и|та|dan|och|og)\s+|,\s*&\s*|;\s*(?:and\s+|&\s*)?|\s+(?:and|&|und|et|y|e|ve|и|та|dan|och|og)\s+|\s*\/\s*|\s+[-–]\s+|\s*[,，、・]\s*)/uy;
const ET_AL = /\s*,?\s*(?:et\s+al(?:ii)?\.?|vd\.|dkk\.|ve\s+ark\.|ve\s+diğ\.|и\s+др\.|та\s+ін\.|u\.\s?a\.|y\s+col\.|e\s+col\.|等)/uy;
const EDITOR_MARK = /\s*,?\s*(?:\((?:eds?|Hrsg|dir|dirs|org|orgs|coord|coords|ред|ed\.?\s?lit)\.?\)|eds?\.(?!\w)|editors?(?!\w)|Hrsg\.)/uy;

interface NameList {
  names: Name[];
  end: number;
  etAl: boolean;
  editors: boolean;
}

/** One author list of one shape from `start`, as long as names and separators follow each other. */
function readListOfForm(s: string, start: number, formName: string): NameList | undefined {
  const names: Name[] = [];
  let pos = start;
  let allowed = [formName];
  let end = start;
  for (;;) {
    let matched: { name: Name; to: number; form: string } | undefined;
    for (const f of allowed) {
      const form = NAME_FORMS[f]!;
      form.re.lastIndex = pos;
      const m = form.re.exec(s);
      if (m) {
        matched = { name: form.build(m[1]!, m[2]!), to: form.re.lastIndex, form: f };
        break;
      }
    }
    if (!matched) break;
    names.push(matched.name);
    end = matched.to;
    allowed = NAME_FORMS[matched.form]!.next;
    SEPARATOR.lastIndex = end;
    const sep = SEPARATOR.exec(s);
    if (!sep) break;
    pos = SEPARATOR.lastIndex;
  }
  if (names.length === 0) return undefined;
  let etAl = false;
  ET_AL.lastIndex = end;
  if (ET_AL.exec(s)) {
    etAl = true;
    end = ET_AL.lastIndex;
  }
  let editors = false;
  EDITOR_MARK.lastIndex = end;
  if (EDITOR_MARK.exec(s)) {
    editors = true;
    end = EDITOR_MARK.lastIndex;
  }
  return { names, end, etAl, editors };
}

/**
 * The author list at the start of `s` in whichever shape reads furthest.
 * `whole` asks for all of `s` to be names (the part before a year);
 * otherwise the list must be followed by what follows authors (a title).
 */
function readNames(s: string, whole: boolean, forms: readonly string[] = Object.keys(NAME_FORMS)): NameList | undefined {
  let best: NameList | undefined;
  for (const f of forms) {
    if (!whole && (f === 'givenFam' || f === 'famGivenPlain')) continue;
    const list = readListOfForm(s, 0, f);
    if (!list) continue;
    const rest = s.slice(list.end);
    // "TRIBUNAL DE CONTAS…" is no "Family XY": an undotted list must end in punctuation.
    if (!whole && !list.etAl && !list.editors && /^(?:famInitBare|famGiven)$/u.test(f) && !/^\s*[.,:(]/u.test(rest) && s[list.end - 1] !== '.') continue;
    const ok = whole ? /^\s*[.,:]?\s*$/u.test(rest) : /^\s*(?:[.,:]\s*|\s)(?=[“"‘«„「《\p{Lu}\p{N}[(¿¡]|$)|^\s*$/u.test(rest) || (list.editors && /^\s*[.,:]?\s*\S/u.test(rest));
    if (!ok) continue;
    if (!best || list.end > best.end) best = list;
  }
  return best;
}

const MINOR = /^(?:of|for|and|the|de|du|des|la|le|der|die|das|für|und|y|e|del|da|do|dos|das|van|von|ve|dan|on|in|at|to|och|og|i|a|an|et|и|по|при|в|на)$/iu;

/** A body's name used as author: short, not a sentence, in institution words or capitals. */
function corporateHead(s: string, lenient: boolean): boolean {
  const t = s.trim().replace(/[.,]$/u, '');
  if (!t || /[:“”"«»?!/]|\d{4}/u.test(t)) return false;
  const words = t.split(/\s+/u);
  if (words.length > 12) return false;
  // "BRASIL. Ministério da Saúde": each dotted part must be a body's name itself.
  const parts = t.split(/\.\s+/u);
  if (parts.length > 1) return parts.every((p) => isCorporate(p) || /^\p{Lu}{2,}$/u.test(p));
  if (isCorporate(t)) return true;
  if (!lenient || words.length > 6) return false;
  return words.every((w) => /^[\p{Lu}\d(&]/u.test(w) || MINOR.test(w));
}

function nameOf(s: string): Name {
  return { literal: s.trim().replace(/[.,;:]$/u, '').trim() };
}

// --- cleaning ---------------------------------------------------------------

/** The entry's text without its list marker, site buttons and language notes. */
function clean(text: string): string {
  let s = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  s = s.replace(MARKER, '');
  s = s.replace(/^(?:vgl\.|cf\.|see|см\.:?)\s+/iu, '');
  s = s.replace(/\[\s*Links\s*\]/giu, '');
  s = s.replace(/\s*[[(](?:in|на)\s+(?:russian|ukrainian|english|uzbek|kazakh|russ\.?|engl\.?|рус\.|англ\.)[\])]\.?/giu, '');
  s = s.replace(/（/gu, '(').replace(/）/gu, ')');
  // GOST's ". – " separates elements: it is a full stop like any other.
  s = s.replace(/\.\s+[–—]\s+/gu, '. ').replace(/\s+[–—]\s+(?=(?:\d{4}|[№N]|[BСPSC]\.|Vol\.|T\.|Т\.)\b)/gu, '. ');
  return s.replace(/\s+/gu, ' ').trim();
}

// --- identifiers and dates ----------------------------------------------------

// A Map, not an object: a word of the entry ("constructor") must not find Object's prototype.
const MONTHS = new Map<string, number>();
for (const [i, list] of [
  'jan|janv|january|janvier|januar|enero|ene|janeiro|ocak|januari|января|январь|січня',
  'feb|febr|february|février|fevrier|februar|febrero|fevereiro|fev|şubat|februari|февраля|февраль|лютого',
  'mar|march|mars|märz|marz|marzo|março|mart|maret|марта|март|березня',
  'apr|april|avril|abril|abr|nisan|апреля|апрель|квітня',
  'may|mai|mayo|maio|mayıs|mei|мая|май|травня',
  'jun|june|juin|juni|junio|junho|haziran|июня|июнь|червня',
  'jul|july|juil|juillet|juli|julio|julho|temmuz|июля|июль|липня',
  'aug|august|août|aout|agosto|ago|ağustos|agustus|августа|август|серпня',
  'sep|sept|september|septembre|septiembre|setembro|set|eylül|сентября|сентябрь|вересня',
  'oct|october|octobre|oktober|octubre|outubro|out|ekim|okt|октября|октябрь|жовтня',
  'nov|november|novembre|noviembre|novembro|kasım|ноября|ноябрь|листопада',
  'dec|december|décembre|decembre|dezember|diciembre|dezembro|dez|aralık|des|desember|декабря|декабрь|грудня',
].entries()) {
  for (const m of list.split('|')) MONTHS.set(m, i + 1);
}

/** "14.03.2022", "3 Jan. 2022", "February 2, 2024", "14th February 2022", "2023-03-10" -> [y, m, d]. */
export function parseDate(s: string): number[] | undefined {
  let m = /(\d{1,2})\.(\d{1,2})\.(\d{4})/u.exec(s);
  if (m) return [Number(m[3]), Number(m[2]), Number(m[1])];
  m = /(\d{4})-(\d{1,2})-(\d{1,2})/u.exec(s);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  m = /(\d{1,2})(?:st|nd|rd|th|er)?\s+(?:de\s+)?([\p{L}]+)\.?\s+(?:de\s+)?(\d{4})/u.exec(s);
  if (m && MONTHS.has(m[2]!.toLowerCase())) return [Number(m[3]), MONTHS.get(m[2]!.toLowerCase())!, Number(m[1])];
  m = /([\p{L}]+)\.?\s+(\d{1,2}),?\s+(\d{4})/u.exec(s);
  if (m && MONTHS.has(m[1]!.toLowerCase())) return [Number(m[3]), MONTHS.get(m[1]!.toLowerCase())!, Number(m[2])];
  return undefined;
}

const ACCESS_WORDS = String.raw`(?:accessed(?:\s+on)?|retrieved(?:\s+on)?|дата\s+обращения|дата\s+звернення|consulté\s+le|zuletzt\s+(?:geprüft|abgerufen|aufgerufen)\s+am|abgerufen\s+am|acesso\s+em|acceso|consultado(?:\s+el)?|erişim\s+tarihi|diakses(?:\s+(?:pada|tanggal))?|引用日期|viewed)`;

interface Identifiers {
  text: string;
  DOI?: string;
  URL?: string;
  accessed?: number[];
  /** The link came with a "retrieved from"/"accessed" phrase (a web page's mark). */
  accessPhrase: boolean;
}

function trimLink(s: string): string {
  return s.replace(/[.,;]+$/u, '').replace(/\)$/u, (p) => (s.includes('(') ? p : ''));
}

/** DOI, URL and access date out of the text, with the phrases that introduce them. */
function takeIdentifiers(text: string): Identifiers {
  let s = text;
  const out: Identifiers = { text, accessPhrase: false };
  // Access dates: "(дата обращения: 10.02.2022)", "Accessed 3 Jan. 2022.", "Retrieved February 2, 2024, from".
  const access = new RegExp(String.raw`[(\[]?\s*${ACCESS_WORDS}\s*:?\s*([^()\[\]]*?\d{4})\s*[)\]]?(?:,?\s*from\b)?\s*[.,]?`, 'iu');
  const a = access.exec(s);
  if (a) {
    out.accessed = parseDate(a[1]!);
    out.accessPhrase = true;
    s = s.slice(0, a.index) + ' ' + s.slice(a.index + a[0].length);
  }
  const doi = /(?:\bdoi\s*:?\s*)?(?:https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/\S+)/iu.exec(s);
  if (doi) {
    out.DOI = trimLink(doi[1]!);
    s = s.slice(0, doi.index) + ' ' + s.slice(doi.index + doi[0].length);
  }
  const url = /(?:https?:\/\/|www\.)\S+|(?<=^|[\s,])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\/\S*/iu.exec(s);
  if (url) {
    out.URL = trimLink(url[0]);
    s = s.slice(0, url.index) + ' ' + s.slice(url.index + url[0].length);
  }
  if (out.URL || out.DOI) {
    // The phrases that led to the link, and database names MLA prints before it.
    const phrase = /\s*(?:\[online\]\.?\s*)?(?:available(?:\s+(?:from|at))?:?|online\s+verfügbar\s+unter|erişim\s+adresi:?|diakses\s+dari|disponível\s+em:?|disponible\s+en:?|recuperado\s+de:?|\[en\s+ligne\]|url\s*:|режим\s+доступа:?|from)\s*(?=[\s.,]*(?:$|\s{2}))|\s*adresinden\s+erişildi\.?/giu;
    s = s.replace(phrase, ' ');
    if (out.URL && /(?:erişim adresi|erişildi|diakses dari|retrieved|recuperado|available|verfügbar|disponível|disponible|en ligne|url\s*:|режим доступа|дата обращения)/iu.test(text)) out.accessPhrase = true;
    s = s.replace(/(?:,\s*|\.\s+)(?:Project MUSE|JSTOR|EBSCOhost|ProQuest|ScienceDirect|Google Books|Wiley Online Library)\s*[,.]?\s*(?=\s*$|\s{2})/iu, '. ');
  }
  s = s.replace(/\[online\]\.?/giu, ' ').replace(/\[EB\/OL\]/gu, '[EB/OL]');
  out.text = tidy(s);
  return out;
}

/** Punctuation left dangling where a piece was taken out (only where a hole is: "K.," stays). */
function tidy(s: string): string {
  return s
    .replace(/\(\s*\)|\[\s*\]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/\s+([.,;])(?=\s|$)/gu, '$1')
    .replace(/([.,;])(?:\s+[.,;])+(?=\s|$)/gu, '$1')
    .replace(/^[\s.,;:]+|[\s,;:]+$/gu, '')
    .trim();
}

// --- years ---------------------------------------------------------------------

function validYear(y: number): boolean {
  return y >= 1500 && y <= 2099;
}

// --- the head: authors and, in author-date styles, the year ----------------------

interface Head {
  author?: Name[];
  editor?: Name[];
  year?: number;
  suffix?: string;
  noDate?: boolean;
  rest: string;
  /** The year was followed by a comma: French author-date, whose elements are comma-separated. */
  commaStyle: boolean;
}

/** "Name (2019a)." / "Name, 2019." / "Name. 2019." / "Name (n.d.)" at the start of the entry. */
const HEAD_PAREN_YEAR = /^(.{1,240}?\.?)\s*,?\s*\((\d{4})([a-z])?(?:[,/–-][^)]*)?\)\s*([.:,]?)\s*/u;
const HEAD_PAREN_NODATE = /^(.{1,240}?\.?)\s*,?\s*\((n\.\s?d\.|s\.\s?d\.|s\.\s?f\.|t\.\s?y\.|o\.\s?J\.|б\.\s?г\.)\)\s*[.:,]?\s*/u;
const HEAD_BARE_YEAR = /^(.{1,240}?)[.,]\s+(\d{4})([a-z])?([.,:])\s+/u;

/**
 * The names before a year, or a body's name. `plain` allows names without a
 * comma ("Blanchet Élise", French author-date); elsewhere two bare words are a
 * body ("Statens Vegvesen (n.d.)").
 */
function namesOrBody(head: string, plain: boolean): { names: Name[]; editors: boolean } | undefined {
  const marked = /\s*,?\s*\((?:hrsg|eds?|dir|org|coord)\.?\)\s*$/iu.exec(head.trim());
  if (marked) {
    const who = namesOrBody(head.trim().slice(0, marked.index), plain);
    return who && { names: who.names, editors: true };
  }
  const trimmed = head.trim();
  if (!trimmed) return undefined;
  // "Banco de México", "World Bank": a body's name, though it could scan as "Given Family".
  if (!trimmed.includes(',') && isCorporate(trimmed) && corporateHead(trimmed, false)) return { names: [nameOf(trimmed)], editors: false };
  // The head was cut before the year's punctuation, which may be an initial's full stop ("Okafor, D. (2019)").
  const forms = Object.keys(NAME_FORMS).filter((f) => plain || (f !== 'famGivenPlain' && f !== 'givenFam'));
  const list = readNames(trimmed, true, forms) ?? (/\p{Lu}$/u.test(trimmed) ? readNames(`${trimmed}.`, true, forms) : undefined);
  if (list) return { names: list.names, editors: list.editors };
  if (CJK.test(trimmed)) return undefined;
  if (corporateHead(trimmed, true)) return { names: [nameOf(trimmed)], editors: false };
  return undefined;
}

function readHead(s: string, previous: CslEntry | undefined): Head {
  // "———." stands for the previous entry's authors.
  const same = SAME_AUTHORS.exec(s);
  let inherited: Name[] | undefined;
  let body = s;
  if (same) {
    inherited = previous?.author ?? previous?.editor;
    body = s.slice(same[0].length).trim();
  }
  // A work without authors that opens with its year: "(2019). Title", "2019. Title".
  const bare = /^\(?(\d{4})([a-z])?\)?[.,:]\s+/u.exec(body);
  if (bare && validYear(Number(bare[1]))) {
    return { ...(same ? { author: inherited } : {}), year: Number(bare[1]), ...(bare[2] ? { suffix: bare[2] } : {}), rest: body.slice(bare[0].length), commaStyle: false };
  }
  // After "———." the year, if any, comes right away: test it on a stand-in name "X.".
  const probe = same ? `X. ${body}` : body;
  for (const re of [HEAD_PAREN_YEAR, HEAD_PAREN_NODATE, HEAD_BARE_YEAR]) {
    const m = re.exec(probe);
    if (!m) continue;
    if (same && m[1]!.replace(/[.,\s]+$/u, '') !== 'X') continue;
    const who = same ? { names: inherited ?? [], editors: false } : namesOrBody(m[1]!, re === HEAD_BARE_YEAR && m[4] === ',');
    if (!who) continue;
    const head: Head = { rest: probe.slice(m[0].length), commaStyle: re === HEAD_BARE_YEAR && m[4] === ',' };
    if (re === HEAD_PAREN_NODATE) head.noDate = true;
    else {
      const y = Number(m[2]);
      if (!validYear(y)) continue;
      head.year = y;
      if (m[3]) head.suffix = m[3];
    }
    if (who.names.length) head[who.editors ? 'editor' : 'author'] = who.names;
    return head;
  }
  if (same) return { author: inherited, rest: body.replace(/^[.,]\s*/u, ''), commaStyle: false };
  return readLeadingNames(s);
}

/** Authors not followed by a year: "Adeyemi, Folake. Title", "Kowalczyk A, Nowak P. Title", "C. Muñoz and P. Ortega, “Title”". */
function readLeadingNames(s: string): Head {
  const list = readNames(s, false);
  if (list) {
    const rest = s.slice(list.end).replace(/^\s*[.,:]?\s*/u, '');
    return { [list.editors ? 'editor' : 'author']: list.names, rest, commaStyle: false };
  }
  // A body as author: "World Health Organization. Title", "Comisión Nacional de Energía, “Title”", "IAB: Title".
  const body = /^([^.,:“"«]{2,120}?)(?:\.\s|,\s(?=[“"‘«])|,\s(?=\p{Lu})|:\s)/u.exec(s);
  if (body) {
    const name = body[1]!;
    const sep = body[0].slice(name.length);
    const lenient = sep.startsWith('.');
    if (corporateHead(name, lenient) && (lenient || isCorporate(name))) {
      let rest = s.slice(body[0].length);
      let literal = name;
      // "BRASIL. Ministério da Saúde. Title": a jurisdiction and its body are one author.
      const sub = /^([^.,:]{2,80}?)\.\s/u.exec(rest);
      if (/^\p{Lu}{2,}$/u.test(name) && sub && isCorporate(sub[1]!) && !/^\p{Lu}{2,}$/u.test(sub[1]!)) {
        literal = `${name}. ${sub[1]}`;
        rest = rest.slice(sub[0].length);
      }
      return { author: [nameOf(literal)], rest, commaStyle: false };
    }
  }
  // Chinese notes: "王丽华,张强:《title》"
  const cjk = /^([\u3400-\u9fff]{2,20}(?:[,，、][\u3400-\u9fff]{2,4})*)[:：]/u.exec(s);
  if (cjk) return { author: cjk[1]!.split(/[,，、]/u).map((n) => cjkName(n)), rest: s.slice(cjk[0].length), commaStyle: false };
  return { rest: s, commaStyle: false };
}

// --- the title ---------------------------------------------------------------------

const QUOTES: Record<string, string> = { '“': '”', '"': '"', '‘': '’', '«': '»', '„': '“', '「': '」', '《': '》', '『': '』', '‹': '›' };

/** Short words after which ". " is not the end of an element. */
const ABBREVIATIONS = new Set(
  (
    'ed eds edn vol vols no nos nr pp p s ss st jr sr dr mr mrs ms prof vs etc al cf eg ie univ dept inc ltd co corp publ proc conf trans soc gen innov technol amer int natl nat intl assoc acad sci res rev j jpn ann bull rep repr ser suppl ch sec fig art approx ca ibid op cit dir org coord hrsg aufl bd bde hg hgg jg ges ders dies ebd vgl u a m n v t c d éd trad rééd coll tr vyp izd publ izd-vo red sost ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec janv févr avr juil déc abr ago set out dez ' +
    'т с вып изд ред сост гос ун-т им ин-т сб науч тр обл г гг др пер нем англ фр рус укр канд экон дис д-ра техн филол ист пед юрид социол полит психол аналит стат учеб'
  ).split(' '),
);

/** Is the ". " at `dot` (index of the ".") the end of an element? */
function isBoundary(s: string, dot: number): boolean {
  const before = /([\p{L}\p{N}'’-]+)$/u.exec(s.slice(Math.max(0, dot - 24), dot))?.[1] ?? '';
  if (!before) return true;
  if (/^\p{Lu}$/u.test(before)) return false; // an initial, "М." (Moscow)
  if (ABBREVIATIONS.has(before.toLowerCase())) return false;
  const after = s.slice(dot + 1).trimStart();
  // German ordinals: "nach dem 65. Lebensjahr", "im 19. Jahrhundert".
  if (/^\d{1,3}$/u.test(before) && /\b(?:im|am|dem|der|des|den|zum|zur|vom|bis|ab|seit)\s+\d{1,3}$/u.test(s.slice(Math.max(0, dot - 12), dot))) return false;
  // "Statistics of Russia. 2021 : yearbook": a year that belongs to the title.
  if (/^\d{4}\s*(?::|\[)/u.test(after)) return false;
  return true;
}

/** Does the text after a "?" read as a source (journal, numbers, end) rather than a subtitle? */
function sourceFollows(after: string): boolean {
  const next = nextBoundary(after);
  const segment = (next === -1 ? after : after.slice(0, next)).replace(/\([^()]*\)|\[[^\]]*\]/gu, '');
  const rest = next === -1 ? '' : after.slice(next + 1).trim();
  if (!rest) return true;
  if (/(?:^|[\s,])(?:\d{4}|vol\.|no\.|\d+\s*\(|\d+,\s*\d)/iu.test(segment)) return true;
  return /^(?:\d|\(\d|[A-Z][a-z]*\.?\s*\d{4}|In:?\s|pp?\.)/u.test(rest);
}

function nextBoundary(s: string): number {
  for (let i = s.indexOf('. '); i !== -1; i = s.indexOf('. ', i + 1)) if (isBoundary(s, i)) return i;
  return -1;
}

/** Where the title ends in an unquoted entry: the first element mark at bracket depth 0. */
function titleEnd(s: string, gost: boolean): { at: number; skip: number; kind: string } | undefined {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '(' || ch === '[') {
      if (depth === 0 && i > 0 && s[i - 1] === ' ') {
        const close = s.indexOf(ch === '(' ? ')' : ']', i);
        const inner = close === -1 ? '' : s.slice(i + 1, close);
        // "[Shipping costs ...]", "[dissertation]", "(3a ed.)", "(Working Paper No. 19/07)", "(Cornell University Press, 2013)".
        if (ch === '[' && /^\p{L}/u.test(inner)) return { at: i, skip: 0, kind: 'bracket' };
        if (ch === '(' && (GENRE_OR_EDITION.test(inner) || /^(?:pp?|ss?|hlm|S|с|стр)\.\s*\d/u.test(inner) || /:\s*\S.*\d{4}$|,\s*\d{4}$/u.test(inner)) && /^[)]\s*(?:[.,]|$)/u.test(s.slice(close))) return { at: i, skip: 0, kind: 'paren' };
      }
      depth++;
      continue;
    }
    if (ch === ')' || ch === ']') {
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (depth > 0) continue;
    if (ch === '.' && s[i + 1] === ' ' && isBoundary(s, i)) return { at: i, skip: 2, kind: 'stop' };
    if ((ch === '?' || ch === '!') && s[i + 1] === ' ') {
      if (sourceFollows(s.slice(i + 2))) return { at: i + 1, skip: 1, kind: 'stop' };
      continue;
    }
    if (ch === '/' && s[i + 1] === '/' ) return { at: i, skip: 2, kind: 'gost' };
    if (gost && ch === ' ' && s[i + 1] === '/' && s[i + 2] === ' ') return { at: i, skip: 1, kind: 'slash' };
    if (ch === ' ' && s[i + 1] === ':' && s[i + 2] === ' ' && GOST_DESIGNATION.test(s.slice(i + 3, i + 40))) return { at: i, skip: 3, kind: 'designation' };
    if (ch === ',' && /^,\s*\d+\s*(?:st|nd|rd|th|e|er|a|\.)?\s*(?:ed|edn|éd|aufl)\.?(?:\s|$)/iu.test(s.slice(i, i + 16))) return { at: i, skip: 1, kind: 'stop' };
    // Harvard's chapter or paper: "Title, in: Proceedings of …".
    if (ch === ',' && /^,\s+(?:in:\s|in\s+(?:Proc|Proceedings)\b)/iu.test(s.slice(i, i + 20))) return { at: i, skip: 2, kind: 'stop' };
  }
  return undefined;
}

const GENRE_OR_EDITION = /\b(?:\d+\s*(?:st|nd|rd|th|a|e|-?е|\.)?\s*(?:ed|edn|edition|éd|aufl|bs|baskı|изд)\b|thesis|tesis|tezi|dissertation|diss\.|doctoral|working paper|discussion paper|policy|report|no\.\s|nr\.\s|№)/iu;
const GOST_DESIGNATION = /^(?:монография|моногр|учеб|дис\.|дисс|автореф|стат\.|сб\.|аналит|материалы|справочник|словарь|пособие|доклад|отч[её]т|препринт|\[сайт\]|\[электронный ресурс\]|навч|посібник|зб\.|монографія|o‘quv|darslik|monografiya)/iu;

interface TitlePart {
  title?: string;
  rest: string;
  /** How the title ended: "gost" (" // " container follows), "slash" (" / " authors follow), ... */
  kind: string;
  quoted: boolean;
  /** GOST's designation of the work after " : " (монография, дис., стат. сб.). */
  designation?: string;
}

function stripTitle(t: string): string {
  return t
    .trim()
    .replace(/^[«“"‘„「《『]+|[»”"’“」》』]+$/gu, '')
    .replace(/[,;:]+$/u, '')
    .replace(/(?<![A-Z]\.\p{Lu}?)\.$/u, '')
    .trim();
}

function readTitle(s: string, commaStyle: boolean, gost: boolean): TitlePart {
  const open = s[0];
  if (open && QUOTES[open]) {
    const close = s.indexOf(QUOTES[open]!, 1);
    if (close > 1) {
      return { title: stripTitle(s.slice(1, close)), rest: s.slice(close + 1).replace(/^[\s.,;:]+/u, ''), kind: 'quote', quoted: true };
    }
  }
  if (commaStyle) {
    const at = depthZeroIndex(s, ', ');
    if (at > 0) return { title: stripTitle(s.slice(0, at)), rest: s.slice(at + 2), kind: 'comma', quoted: false };
  }
  const end = titleEnd(s, gost);
  if (!end) {
    // German notes: "Realisierte Kurzarbeit, Statistik, Nürnberg 2021": place and year close the title.
    const placeYear = /,\s*(\p{Lu}[\p{L}.-]+(?:\s\p{Lu}[\p{L}.-]+)?)\s+(\d{4})\.?$/u.exec(s);
    if (placeYear) return { title: stripTitle(s.slice(0, placeYear.index)), rest: `${placeYear[1]}, ${placeYear[2]}`, kind: 'stop', quoted: false };
    return { title: stripTitle(s) || undefined, rest: '', kind: 'end', quoted: false };
  }
  const title = stripTitle(s.slice(0, end.at));
  let rest = s.slice(end.at + end.skip).trim();
  if (end.kind === 'designation') {
    // GOST's other title information after " : " ("монография", "дис. … канд. экон. наук", "стат. сб."): up to " / " or the next element.
    const slash = rest.indexOf(' / ');
    const dot = nextBoundary(rest);
    const stop = slash >= 0 && (dot < 0 || slash < dot) ? slash + 1 : dot >= 0 ? dot + 2 : rest.length;
    return { title, rest: rest.slice(stop).trim(), kind: end.kind, quoted: false, designation: rest.slice(0, stop).trim() };
  }
  return { title, rest, kind: end.kind, quoted: false };
}

function depthZeroIndex(s: string, needle: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if ('([«“'.includes(ch)) depth++;
    else if (')]»”'.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && s.startsWith(needle, i)) return i;
  }
  return -1;
}

// --- places and publishers ---------------------------------------------------------------

/** Places of publication, so that "Routledge, London" and "Paris, Armand Colin" both read right. */
const CITIES = new Set(
  (
    'london|new york|oxford|cambridge|paris|berlin|wiesbaden|heidelberg|cham|dordrecht|amsterdam|boston|chicago|washington|geneva|genève|genf|rome|roma|madrid|barcelona|lisboa|lisbon|porto|' +
    'são paulo|sao paulo|rio de janeiro|brasília|brasilia|curitiba|belo horizonte|porto alegre|salvador|recife|florianópolis|campinas|santiago|lima|bogotá|bogota|buenos aires|ciudad de méxico|méxico|mexico|quito|caracas|montevideo|la habana|havana|' +
    'moscow|moskva|москва|м|мн|м.; л|л|спб|санкт-петербург|st. petersburg|saint petersburg|petersburg|новосибирск|novosibirsk|екатеринбург|томск|tomsk|омск|omsk|казань|kazan|ростов-на-дону|нижний новгород|самара|' +
    'kyiv|kiev|київ|к|львів|lviv|харків|kharkiv|одеса|odesa|минск|minsk|tashkent|toshkent|ташкент|samarqand|samarkand|jizzax|buxoro|almaty|алматы|astana|астана|baku|bakı|баку|tbilisi|yerevan|bishkek|dushanbe|' +
    'ankara|istanbul|i̇stanbul|izmir|i̇zmir|tokyo|東京|kyoto|osaka|beijing|北京|上海|shanghai|南京|武汉|广州|杭州|天津|成都|西安|台北|taipei|hong kong|香港|seoul|서울|delhi|new delhi|mumbai|bangalore|kolkata|chennai|dhaka|karachi|lahore|islamabad|' +
    'accra|legon|nairobi|pretoria|cape town|johannesburg|durban|lagos|ibadan|cairo|addis ababa|dakar|kampala|dar es salaam|harare|' +
    'rennes|lyon|toulouse|bordeaux|lille|marseille|nantes|strasbourg|grenoble|montpellier|aix-en-provence|bruxelles|brussels|louvain|louvain-la-neuve|liège|québec|montréal|montreal|' +
    'wien|vienna|zürich|zurich|bern|basel|stuttgart|münchen|munich|frankfurt|frankfurt am main|frankfurt a. m.|hamburg|köln|cologne|leipzig|bonn|düsseldorf|nürnberg|baden-baden|opladen|göttingen|tübingen|bielefeld|mannheim|hannover|weinheim|darmstadt|' +
    'warszawa|warsaw|kraków|krakow|wrocław|poznań|łódź|gdańsk|praha|prague|brno|brünn|bratislava|budapest|bucharest|bucurești|sofia|beograd|belgrade|zagreb|ljubljana|athens|stockholm|oslo|copenhagen|københavn|helsinki|uppsala|lund|leiden|utrecht|rotterdam|' +
    'vancouver|toronto|ottawa|sydney|melbourne|canberra|brisbane|auckland|wellington|singapore|jakarta|bandung|yogyakarta|malang|surabaya|semarang|medan|makassar|denpasar|kuala lumpur|manila|bangkok|hanoi|ho chi minh city|tehran|riyadh|' +
    'cheltenham|abingdon|basingstoke|thousand oaks|newbury park|hoboken|princeton|berkeley|stanford|new haven|ithaca|baltimore|philadelphia|los angeles|san francisco|san diego|ann arbor|durham|edinburgh|glasgow|manchester|bristol|bingley|harlow|aldershot|farnham|dublin|armonk|westport|greenwich|malden|upper saddle river|englewood cliffs|santa monica|' +
    'new brunswick|lanham|boulder|boca raton|amherst|hyderabad|pune|colombo|kathmandu|nur-sultan|bergen|trondheim|aarhus|gothenburg|göteborg'
  ).split('|'),
);
const REGIONS = new Set(
  (
    'usa|u.s.a.|us|uk|u.k.|england|scotland|india|chile|peru|switzerland|canada|germany|deutschland|netherlands|the netherlands|brazil|brasil|france|spain|españa|italy|japan|china|russia|australia|new zealand|ghana|nigeria|kenya|south africa|mexico|méxico|argentina|colombia|austria|belgium|poland|sweden|norway|denmark|finland|turkey|türkiye|indonesia|malaysia|singapore|philippines|pakistan|bangladesh|uzbekistan|kazakhstan|azerbaijan|ukraine|' +
    'df|dc|d.c.|ma|ny|ca|il|nj|ct|md|pa|tx|mi|nc|va|wa|oh|co|mn|ri|fl|ga|qc|on|bc|sp|rj|mg|rs|pr'
  ).split('|'),
);

function placeKey(s: string): string {
  return s.trim().toLowerCase().replace(/\.$/u, '').replace(/\s+/gu, ' ');
}
function isCity(s: string): boolean {
  const k = placeKey(s);
  return CITIES.has(k) || CITIES.has(`${k}.`) || /^[млк]$/u.test(k);
}
function isRegion(s: string): boolean {
  return REGIONS.has(placeKey(s)) || REGIONS.has(`${placeKey(s)}.`);
}

const PUBLISHER_WORD = /press|publish|publisher|publications|verlag|books|routledge|springer|elsevier|wiley|sage\b|macmillan|palgrave|blackwell|elgar|nomos|campus|budrich|\bup\b|universit|univ\.|editora|editorial|ediciones|éditions|edições|presses|yayın|nashriyot|изд|издательство|видавництво|наука|publ\.|出版社|akademik|\bltd|\binc\b|llc|gmbh|kiadó|wydawnictwo|brill|de gruyter|harvard|yale|mit\b|suhrkamp|pearson|mcgraw|cengage|taylor|francis|emerald|karthala|armand colin|la découverte|puf\b|dalloz|gallimard|seuil/iu;

interface Imprint {
  place?: string;
  publisher?: string;
}

/** "Hoboken: Wiley", "Routledge, London", "Paris, Armand Colin", "Washington, DC: World Bank", "Tashkent". */
function readImprint(seg: string): Imprint {
  const s = seg.trim().replace(/^[–—]\s*/u, '').replace(/[.,;:\s]+$/u, '');
  if (!s) return {};
  const colon = s.lastIndexOf(':');
  if (colon > 0) {
    const place = s.slice(0, colon).trim();
    const publisher = s.slice(colon + 1).trim().replace(/^[,\s]+/u, '');
    return { ...(place ? { place } : {}), ...(publisher ? { publisher } : {}) };
  }
  const parts = splitTop(s, ',');
  // A place and its region or country: "Washington, DC", "Santiago, Chile", "Montreal, QC, Canada".
  const placeRun = (from: number): number => {
    // A known city, or any one- or two-word name followed by its country or state ("Bergen, Norway").
    const known = isCity(parts[from]!) || (from + 1 < parts.length && isRegion(parts[from + 1]!) && /^\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?$/u.test(parts[from]!));
    if (!known) return 0;
    let n = 1;
    while (from + n < parts.length && isRegion(parts[from + n]!)) n++;
    return n;
  };
  for (let i = 0; i < parts.length; i++) {
    const n = placeRun(i);
    if (n === 0) continue;
    const place = parts.slice(i, i + n).join(', ');
    const others = [...parts.slice(0, i), ...parts.slice(i + n)].join(', ');
    return { place, ...(others ? { publisher: others } : {}) };
  }
  if (parts.length === 2 && PUBLISHER_WORD.test(parts[0]!) && !PUBLISHER_WORD.test(parts[1]!) && /^\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?$/u.test(parts[1]!)) {
    return { publisher: parts[0], place: parts[1] };
  }
  if (parts.length === 2 && PUBLISHER_WORD.test(parts[1]!) && !PUBLISHER_WORD.test(parts[0]!) && /^\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?$/u.test(parts[0]!)) {
    return { place: parts[0], publisher: parts[1] };
  }
  if (parts.length === 1 && isCity(s)) return { place: s };
  return { publisher: s };
}

function splitTop(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0 && ch === sep) {
      out.push(s.slice(from, i).trim());
      from = i + 1;
    }
  }
  out.push(s.slice(from).trim());
  return out.filter(Boolean);
}

// --- the source: journal and numbering, book and imprint ------------------------------------

interface Source {
  container?: string;
  volume?: string;
  issue?: string;
  page?: string;
  number?: string;
  year?: number;
  publisher?: string;
  place?: string;
  edition?: string;
  editor?: Name[];
  genre?: 'thesis' | 'report' | 'conference' | 'chapter';
  /** Numbers of a journal were found (volume, issue, pages or an article number). */
  journal: boolean;
}

const RANGE = String.raw`[A-Za-z]?\d+(?:\s*[–—-]\s*[A-Za-z]?\d+)?`;
const PAGE_LABEL = String.raw`(?:pp?\.?|pages?|с\.|c\.|s\.|ss\.|b\.|bet|hlm\.|стр\.|str\.|сс\.|ст\.)`;

/** Pieces of numbering, each found and cut out of the source string. */
interface Cut {
  at: number;
  len: number;
}

function cutOut(s: string, cuts: Cut[]): string {
  let out = '';
  let from = 0;
  for (const c of [...cuts].sort((a, b) => a.at - b.at)) {
    if (c.at < from) continue;
    out += s.slice(from, c.at) + ' ';
    from = c.at + c.len;
  }
  return tidy(out + s.slice(from));
}

function normPages(p: string): string {
  return p.replace(/\s*[–—-]\s*/gu, '-').trim();
}

function isRange(p: string): boolean {
  return /[–—-]/u.test(p);
}

/**
 * Volume, issue and pages, labelled ("vol. 61, no. 2, pp. 233–57", "Т. 5, № 2. С. 10–20") or
 * compact ("12(3), 45–67", "2019;19:1188", "50(6):1082–1095", "44, no. 3 (2017): 401–22",
 * "2018, 16, e0105", "22, 15–38 (2020)"). A lone page number is an article number and is
 * dropped, except in the two house styles that print it as the page (MDPI and Nature).
 */
function readNumbering(s: string, src: Source, cuts: Cut[]): void {
  const overlaps = (at: number, end: number) => cuts.some((c) => at < c.at + c.len && c.at < end);
  // Each pattern reads the first stretch no earlier pattern has read.
  const take = (re: RegExp, f: (m: RegExpExecArray, end: number) => boolean | void): void => {
    const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    for (let m = g.exec(s); m; m = g.exec(s)) {
      const end = m.index + m[0].length;
      if (overlaps(m.index, end)) continue;
      if (f(m, end) !== false) {
        cuts.push({ at: m.index, len: m[0].length });
        src.journal = true;
      }
      return;
    }
  };
  const setPage = (p: string | undefined, lone = false) => {
    if (!p || src.page) return;
    if (isRange(p) || lone) src.page = normPages(p);
  };
  /** Pages right after a volume and issue: "12(3), 45–67", "50(6):1082–1095", "64 (3), S. 311–338". */
  const pagesAfter = (end: number) => {
    const m = new RegExp(String.raw`^\s*[,:.]?\s*(?:${PAGE_LABEL}\s*)?(${RANGE})(?![\d])`, 'iu').exec(s.slice(end));
    if (!m || overlaps(end, end + m[0].length)) return;
    setPage(m[1]);
    cuts.push({ at: end, len: m[0].length });
  };
  // Chicago author-date: "49, no. 6:812–27"; notes-bibliography: "44, no. 3 (2017): 401–22", "48 (2017): 112–34".
  take(new RegExp(String.raw`(?<=\s)(\d+),\s*no\.\s*(\w+)\s*:\s*(${RANGE})`, 'u'), (m) => {
    src.volume = m[1];
    src.issue = m[2];
    setPage(m[3]);
  });
  take(new RegExp(String.raw`(?<=\s)(\d+)(?:,\s*no\.\s*(\w+))?\s*\(([^)]*?(\d{4}))\)\s*:\s*(${RANGE})`, 'u'), (m) => {
    if (src.volume) return false;
    src.volume = m[1];
    if (m[2]) src.issue = m[2];
    src.year ??= Number(m[4]);
    setPage(m[5]);
  });
  // ISNAD (Turkish Chicago): "Dergi 8/1 (2021), 55-70" (volume/issue, year, pages).
  take(new RegExp(String.raw`(?<=\s)(\d+)\/(\d+)\s*\(([^)]*?(\d{4}))\)\s*[,:]\s*(${RANGE})`, 'u'), (m) => {
    src.volume = m[1];
    src.issue = m[2];
    src.year ??= Number(m[4]);
    setPage(m[5]);
  });
  // MDPI: "Journal 2018, 16, e0105" (year, volume, page).
  take(new RegExp(String.raw`(?<=\s)(\d{4}),\s*(\d+)(?:\s*\(([\w/–-]+)\))?,\s*(${RANGE})\.?$`, 'u'), (m) => {
    if (!validYear(Number(m[1]))) return false;
    src.year ??= Number(m[1]);
    src.volume = m[2];
    if (m[3]) src.issue ??= m[3];
    setPage(m[4], true);
  });
  // Nature: "Journal 22, 15–38 (2020)".
  take(new RegExp(String.raw`(?<=\s)(\d+),\s*(${RANGE})\s*\((\d{4})\)\.?$`, 'u'), (m) => {
    src.volume = m[1];
    setPage(m[2], true);
    src.year ??= Number(m[3]);
  });
  // Vancouver: "2019;19:1188", "2021;31(4):812–8", "2021 Mar;…".
  take(new RegExp(String.raw`(\d{4})(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?;\s*(\d+)?(?:\s*\(([^)]+)\))?(?::\s*(${RANGE}))?`, 'u'), (m) => {
    if (!validYear(Number(m[1]))) return false;
    src.year ??= Number(m[1]);
    if (m[2]) src.volume ??= m[2];
    if (m[3]) src.issue ??= m[3];
    setPage(m[4]);
  });
  // Labelled: "vol. 61", "Т. 17", "v. 52"; "no. 2", "№ 9", "вып. 1", "n. 4"; "pp. 233–57", "С. 10–20", "S. 311–338".
  take(new RegExp(String.raw`(?<=^|[\s,.;(])(?:vol\.?|volume|bd\.|т\.|том|cilt|jg\.|jahrgang|v\.|tome|t\.)\s*(\d+[a-z]?)(?:\s*\((\d+(?:[/–-]\d+)?)\))?`, 'iu'), (m) => {
    src.volume ??= m[1];
    if (m[2]) src.issue ??= m[2];
  });
  take(/(?<=^|[\s,.;(])(?<!Art\.\s)(?:nos?\.?|nr\.?|n\.|n°|núm\.?|num\.?|№|issue|iss\.|вып\.|sayı|heft|h\.|fasc\.)\s*(\d+(?:\s*[/–-]\s*\d+)?)/iu, (m) => {
    src.issue ??= m[1]!.replace(/\s+/gu, '');
  });
  take(new RegExp(String.raw`(?<=^|[\s,.;(])${PAGE_LABEL}\s*(${RANGE})(?![\d])`, 'iu'), (m) => {
    setPage(m[1]);
  });
  // An article number stands in for pages: "Art. no. 107402", "Article 103311", "document 741".
  take(/(?<=^|[\s,.;(])(?:(\d+),\s*)?(?:art(?:icle)?\.?\s*(?:no\.?|number)?|document|e-?locator)\s*([A-Za-z]?\d+)/iu, (m) => {
    if (m[1]) src.volume ??= m[1];
  });
  // "12(3)", "52 (4)", "50(6)", "97(1)", "2019(11)" (year and issue in GB/T), then their pages.
  take(/(?<=^|[\s,.])(\d+)\s*\(([\w/–-]+)\)/u, (m, end) => {
    const first = m[1]!;
    if (/^\d{4}$/u.test(first) && validYear(Number(first))) {
      src.year ??= Number(first);
      src.issue ??= m[2];
    } else {
      if (src.volume && src.volume !== first) return false;
      src.volume = first;
      src.issue ??= m[2];
    }
    pagesAfter(end);
  });
  // "Seriyası, (4), 112-120": an issue alone.
  take(new RegExp(String.raw`(?<=[\s,])\((\d+)\)\s*,\s*(${RANGE})`, 'u'), (m) => {
    src.issue ??= m[1];
    setPage(m[2]);
  });
  // Chicago author-date: "139:82–98", "160:102988"; GB/T "68: 101634".
  take(new RegExp(String.raw`(?<=\s|^)(\d+)\s*:\s*(${RANGE})(?![\d:])`, 'u'), (m) => {
    if (/^\d{4}$/u.test(m[1]!) && src.year === Number(m[1])) return false;
    src.volume ??= m[1];
    setPage(m[2]);
  });
  // Russian transliterated: "Voprosy ekonomiki. 7. pp. 41–58" (a lone number is the issue).
  take(new RegExp(String.raw`(?<=\.\s)(\d+)\.\s*(?=${PAGE_LABEL}\s*\d)`, 'iu'), (m) => {
    if (src.volume || src.issue) return false;
    src.issue = m[1];
  });
  // Harvard/APA: "126, 45–61", "57, 226-238", "95, 101937".
  take(new RegExp(String.raw`(?<=[\s,])(\d+),\s*(${RANGE})(?=[.,;]?(?:\s|$))`, 'u'), (m) => {
    if (src.volume || /^\d{4}$/u.test(m[1]!) || (/^\d{4}$/u.test(m[2]!) && validYear(Number(m[2])))) return false;
    src.volume = m[1];
    setPage(m[2]);
  });
}

/** A bare page range in a chapter: "…, ed. Ritu Sen, 211–39. London" (not a span of years). */
function bareRange(s: string, src: Source, cuts: Cut[]): void {
  if (src.page) return;
  const re = /(?<=^|[\s,(])(\d+)\s*[–—-]\s*(\d+)(?=[.,;)]|\s|$)/gu;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (validYear(a) && (validYear(b) || m[2]!.length <= 2) && m[1]!.length === 4) continue;
    src.page = `${m[1]}-${m[2]}`;
    cuts.push({ at: m.index, len: m[0].length });
    return;
  }
}

/** The year printed in the source part, when the head had none. */
function readSourceYear(s: string, src: Source, cuts: Cut[]): void {
  const re = /(?<![\d/.–-])(\d{4})([a-z])?(?![\d/–-]|\.\d)/gu;
  let last: RegExpExecArray | undefined;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (validYear(Number(m[1]))) last = m;
  }
  if (!last) return;
  src.year ??= Number(last[1]);
  // The year goes out with the month or season printed before it: "Mar. 2021", "abr./jun. 2021", "12 Mar. 2019".
  const before = s.slice(0, last.index);
  const month = /(?:\d{1,2}\s+)?(?:[\p{L}]{3,10}\.?\s*\/\s*)?[\p{L}]{3,10}\.?\s*(?:\d{1,2},?\s*)?$/u.exec(before);
  const from = month && month[0].trim().split(/[\s./]+/u).some((w) => MONTHS.has(w.toLowerCase())) ? month.index : last.index;
  cuts.push({ at: from, len: last.index + last[0].length - from });
}

const THESIS = /\b(?:ph\.?\s?d\.?\s*(?:diss\.?|dissertation|thesis)|doctoral\s+(?:dissertation|thesis)|master'?s\s+thesis|m\.\s?(?:sc|a|phil)\.?\s*thesis|thesis|dissertation|diss\.|tesis(?:\s+doctoral)?|tese|dissertação|tezi|thèse(?:\s+de\s+doctorat)?|mémoire|doktorarbeit|habilitationsschrift|magisterarbeit|masterarbeit|дис\.|дисс|автореф|cand\.\s*diss|candidate'?s\s+dissertation|skripsi|disertasi)\b(?:\s*\([^)]*\))?/iu;
const REPORT = /\b(?:working\s+papers?|discussion\s+papers?|policy\s+(?:brief|paper|research working paper)|research\s+paper|technical\s+report|occasional\s+paper|report(?:\s+no\.?)?|forschungsbericht|diskussionspapier|arbeitspapier|wsi-diskussionspapier|документ|аналит\.\s+доклад|стат\.\s+сб\.|стат\.\s+бюллетень|briefing\s+paper|issue\s+brief|staff\s+report|white\s+paper|statistical\s+bulletin)\b/iu;
const CONFERENCE_EVENT = /\b(?:conference|conf\.|congress|kongre|konferans|kongres|symposium|workshop|seminar|colloque|colloquium|meeting|tagung|конференци|симпозиум|семинар)|prosiding|tagungsband|论文集|会议/iu;

/**
 * The proceedings of an event ("Proc. … Conf.", "Proceedings of the 30th …
 * Conference", "Prosiding Seminar Nasional"), not a journal that is called
 * "Proceedings" ("Proceedings of the Royal Society").
 */
function isProceedings(container: string): boolean {
  return CONFERENCE_EVENT.test(container) && !/\b(?:academy|society|royal)\b/iu.test(container);
}
const INSTITUTION = /univ|üniversites|fundação|fundación|institut|instituto|college|école|escola|hochschule|academy|akadem|school|centre|center|university|университет|інститут|大学|学院/iu;
const SUBUNIT = /^(?:department|dept\.|faculty|school of|escola de|facultad|fakultät|institut für|кафедра|факультет|programa de|graduate school|división)/iu;

/** A thesis's or a report's institution and place: "Department of Economics, University of Dhaka", "Univ. de Chile, Santiago, Chile". */
function readInstitution(parts: string[], src: Source): void {
  const pieces = parts
    .flatMap((p) => splitElements(p))
    .flatMap((p) => splitTop(p, ','))
    .map((p) => p.trim().replace(/^\d{4}\.?\s+/u, '').replace(/[.,;]$/u, ''))
    .filter((p) => p && !SUBUNIT.test(p));
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!.replace(/^[–—-]\s*/u, '');
    // "Калининград, 2012": a town before the year is the place.
    const beforeYear = /^\d{4}/u.test(pieces[i + 1] ?? '') && /^\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?$/u.test(p) && !INSTITUTION.test(p);
    if (isCity(p) || beforeYear) {
      let n = 1;
      while (i + n < pieces.length && isRegion(pieces[i + n]!)) n++;
      src.place ??= pieces.slice(i, i + n).join(', ');
      i += n - 1;
    } else if (INSTITUTION.test(p)) src.publisher ??= p;
  }
}

/** Editors inside the source: "In: A, B (Eds.)," "edited by A and B," ", ed. A," "A, Ed." "под ред. А.А. Иванова." */
function readEditors(s: string, src: Source): { before: string; after: string } | undefined {
  // "…, edited by Lukas Brandt and Eva Pokorná, 88–117", "…, ed. Ritu Sen and Omar Faruk, 211–39", "/ под ред. В.В. Щербакова."
  let m = /(?:^|,\s*|\.\s+|\/\s*)(?:edited by|ed\.|eds\.|hrsg\. von|herausgegeben von|под ред\.|за ред\.|ed\. by)\s+(.+?)(?:,\s*|\.\s+|$)(?=[\d\p{Lu}]|$)/u.exec(s);
  if (m) {
    const names = readNames(m[1]!, true, ['givenFam', 'initFam', 'famInitDot', 'famInit', 'famGiven', 'famInitBare']);
    if (names) src.editor = names.names;
    else if (/^\p{Lu}/u.test(m[1]!)) src.editor = [{ literal: m[1]! }];
    return { before: s.slice(0, m.index), after: s.slice(m.index + m[0].length) };
  }
  // "A. Öztürk (Ed.), Container", "Adjei, M., Boateng, R. (Eds.), Container", "Vance S (ed) Container", "Grieve K, Rimmer BK, editors. Container".
  m = /^(.{2,160}?)(?:\s*\((?:eds?|hrsg|dir|dirs|org|orgs|coord|ред)\.?\)|,\s*editors?(?![\p{L}])|,?\s+eds?\.)\s*[.,:]?\s*/iu.exec(s);
  if (m) {
    const names = readNames(m[1]!.trim(), true);
    if (names) {
      src.editor = names.names;
      return { before: '', after: s.slice(m[0].length) };
    }
  }
  // IEEE: "Container, T. Nakamura, Ed. Cham, Switzerland: Springer"
  m = /,\s*((?:\p{Lu}\.\s*)+\p{Lu}[\p{L}'-]+(?:(?:,\s*|\s+and\s+)(?:\p{Lu}\.\s*)+\p{Lu}[\p{L}'-]+)*),\s*Eds?\.\s*/u.exec(s);
  if (m) {
    const names = readNames(m[1]!, true);
    if (names) src.editor = names.names;
    return { before: s.slice(0, m.index), after: s.slice(m.index + m[0].length) };
  }
  return undefined;
}

/** "2. ed.", "5th ed.", ", 3rd edn", "(3a ed.)", "2-е изд.": the edition, taken out of the text. */
function readEdition(s: string, src: Source): string {
  const m = /(?:\(|,\s*|(?<=\.)\s*|^)(\d+)\s*(?:st|nd|rd|th|a|e|er|ème|-?е|\.)?\s*(?:ed|edn|edition|éd|aufl|auflage|bs|baskı|изд)\.?(?:\s*rev\.?)?\)?(?![\p{L}])/iu.exec(s);
  if (!m) return s;
  src.edition ??= m[1];
  // What stood around it is two elements: "Handbook, 3rd edn. Edward Elgar" -> "Handbook. Edward Elgar".
  return tidy(`${s.slice(0, m.index)}. ${s.slice(m.index + m[0].length)}`);
}

/** A book's (or proceedings') title inside a source: up to its element mark, or its first comma in comma-separated styles. */
function bookTitle(s: string, byComma: boolean): [string, string] {
  if (byComma) {
    const comma = depthZeroIndex(s, ', ');
    const paren = /\s\((?:pp?|ss?|hlm|S)\.\s*\d/u.exec(s);
    const at = paren && (comma < 0 || paren.index < comma) ? paren.index : comma;
    return at > 0 ? [s.slice(0, at), s.slice(at).replace(/^,\s*/u, '')] : [s, ''];
  }
  const end = titleEnd(s, false);
  if (!end) return [s, ''];
  return [s.slice(0, end.at), s.slice(end.kind === 'paren' ? end.at : end.at + end.skip)];
}

/** Extent of a book ("312 p.", "256 b.", "198 с."): not pages of an article. */
function dropExtent(s: string): string {
  return s.replace(/(?:^|[.,]\s*)\d+\s*(?:p|pp|с|c|b|bet|s|S|стр|str|sayfa|hlm)\.?(?=\s*$|\s*[.,]\s)/gu, '');
}

/** A genre in brackets or parentheses right after the title: "[Doctoral dissertation, University X]", "(Tesis)", "(Working Paper No. 19/07)", "(3a ed.)", "(London: DfE, 2023)". */
function readGenreBracket(s: string, title: TitlePart, src: Source): string {
  if (title.kind !== 'bracket' && title.kind !== 'paren') return s;
  const bracket = /^[[(]([^\])]*)[\])]\s*[.,]?\s*/u.exec(s);
  if (!bracket) return s;
  const inner = bracket[1]!;
  const rest = s.slice(bracket[0].length);
  if (THESIS.test(inner)) {
    src.genre = 'thesis';
    readInstitution(inner.split(',').slice(1), src);
  } else if (REPORT.test(inner)) {
    src.genre = 'report';
    src.number = /(?:no\.?|nr\.?|№)\s*([\w/-]+)/iu.exec(inner)?.[1];
  } else if (GENRE_OR_EDITION.test(inner)) {
    const e = /(\d+)/u.exec(inner);
    if (e) src.edition = e[1];
  } else if (/:\s*\S.*\d{4}$|,\s*\d{4}$/u.test(inner)) {
    // "(London: DfE, 2023)": the imprint, read with the rest.
    return `${inner}. ${rest}`;
  } else if (bracket[0].startsWith('(')) return s;
  // Any other bracket after a title translates it: "[Shipping costs and the e-exports of small enterprises]".
  return rest;
}

/** A thesis: its institution and place are what follows (or precedes) the genre. */
function readThesis(s: string, src: Source): boolean {
  const thesis = src.genre === 'thesis' ? undefined : THESIS.exec(s);
  if (!thesis && src.genre !== 'thesis') return false;
  src.genre = 'thesis';
  if (thesis) {
    const before = s.slice(0, thesis.index).replace(/[.,]\s*$/u, '');
    const after = s.slice(thesis.index + thesis[0].length).replace(/^[\s.,)–—-]+/u, '');
    const parts = [...splitTop(before, ','), ...splitTop(after, ',')].filter((p) => !/^\(|^\d{4}\.?$/u.test(p));
    const rest = parts.join(', ').replace(/[;,]\s*\d{4}\.?$/u, '');
    if (rest.includes(':')) {
      // "Kraków: Uniwersytet Jagielloński; 2020", "武汉: 武汉大学, 2020"
      const imp = readImprint(rest);
      src.place ??= imp.place;
      src.publisher ??= imp.publisher;
    } else readInstitution([before, after], src);
  } else if (s.includes(':')) {
    const imp = readImprint(dropExtent(s).replace(/[;,.]?\s*\d{4}\.?$/u, ''));
    src.place ??= imp.place;
    src.publisher ??= imp.publisher;
  } else readInstitution([s], src);
  readSourceYear(s, src, []);
  // "Томск, 2019" is a place; "Universität Bremen" an institution.
  if (src.place && !src.publisher && INSTITUTION.test(src.place)) {
    src.publisher = src.place;
    delete src.place;
  }
  return true;
}

/** "Working Paper no. 27, BRAC Institute…", "WSI-Diskussionspapier Nr. 210. Düsseldorf: …": a report's series and number. */
function readReportLabel(s: string, src: Source): string {
  const comma = depthZeroIndex(s, ', ');
  const dot = nextBoundary(s);
  const end = [comma, dot].filter((i) => i > 0).reduce((a, b) => Math.min(a, b), s.length);
  const element = s.slice(0, end);
  if (!REPORT.test(element)) return s;
  src.genre = 'report';
  const num = /(?:no\.?|nr\.?|№|n°)?\s*([\w/-]*\d[\w/-]*)\s*$/iu.exec(element);
  if (num) src.number ??= num[1];
  return s.slice(end).replace(/^[.,]\s*/u, '');
}

function readSource(raw: string, title: TitlePart, hasYear: boolean, commaStyle: boolean): Source {
  const src: Source = { journal: false };
  // "Salvador: Casa do Mar, s.d.", "[б. г.]": no date, said where the year would be.
  let s = tidy(raw.trim().replace(/^[–—]\s*/u, '').replace(/[\s,.;]*\[?\b(?:s\.\s?d|n\.\s?d|s\.\s?f|o\.\s?J|б\.\s?г)\.?\]?(?=[\s.,;]|$)/gu, ' '));
  if (!s) return src;
  s = readGenreBracket(s, title, src);
  // GOST's designation tells a thesis or a report.
  if (title.designation && /^(?:дис|автореф)/iu.test(title.designation)) src.genre = 'thesis';
  else if (title.designation && /^(?:стат|аналит|доклад|отч)/iu.test(title.designation)) src.genre = 'report';
  if (readThesis(s, src)) return src;
  s = readReportLabel(s, src);
  // "2. ed.", "5th ed.", "3rd edn": read first, so that "ed." is not taken for an editor.
  s = readEdition(s, src);
  const cuts: Cut[] = [];
  // Chapters and papers in proceedings: "In: …", "in Dufresne A. (dir.), …", "Dalam …", "… içinde".
  const inMark = /^(?:in|dans|dalam|em|en|w|в\s+кн\.|в\s+сб\.|у\s+кн\.)\s*:?\s+/iu.exec(s);
  if (inMark) s = s.slice(inMark[0].length);
  const editors = readEditors(s, src);
  let container: string | undefined;
  let tail = s;
  if (editors) {
    src.genre = 'chapter';
    // The book's title comes before "edited by" (Chicago, MLA, IEEE) or after the editors (APA, Harvard, DIN).
    if (editors.before.trim()) {
      container = editors.before;
      tail = editors.after;
    } else {
      [container, tail] = bookTitle(editors.after, commaStyle);
    }
    container = container.trim().replace(/\s+(?:içinde|içerisinde)$/u, '');
  } else if (inMark && (isProceedings(s.slice(0, 160)) || /^(?:proc\.|proceedings)/iu.test(s))) {
    // "in Proc. IEEE … (ISGT), Lima, Peru, Sep. 2021, pp. 1–5", "in: Proceedings of the 30th … Economists. IAAE, Vancouver, pp. 1–14".
    src.genre = 'conference';
    [container, tail] = bookTitle(s, commaStyle || title.quoted);
  }
  tail = tail.trim();
  readNumbering(tail, src, cuts);
  if (src.genre === 'chapter' || src.genre === 'conference') bareRange(tail, src, cuts);
  readSourceYear(tail, src, cuts);
  if (hasYear) {
    // The year was read with the authors; a repeated year in the source goes too.
    const re = /(?<![\d/.–-])(\d{4})(?![\d/–-]|\.\d)/gu;
    for (let m = re.exec(tail); m; m = re.exec(tail)) if (Number(m[1]) === src.year) cuts.push({ at: m.index, len: m[0].length });
  }
  if (!container && !src.journal && title.kind === 'gost') {
    // "Title // Host : [сайт]. URL: …": after "//" comes the host item, numbered or not.
    const dot = nextBoundary(tail);
    container = dot > 0 ? tail.slice(0, dot) : tail;
  }
  if (!container && (src.journal || (title.quoted && !src.genre))) {
    // A journal: what precedes its first number; after a quoted title, what precedes the first comma.
    const firstCut = cuts.length ? Math.min(...cuts.map((c) => c.at)) : tail.length;
    container = tail.slice(0, firstCut);
    if (title.quoted) {
      const comma = depthZeroIndex(container, ', ');
      if (comma > 0) container = container.slice(0, comma);
    }
    // "…,” Santiago, Chile, 2022": a place, not a container.
    if (isCity(container.replace(/[.,;:\s]+$/u, ''))) container = undefined;
  }
  let remainder = cutOut(tail, cuts);
  if (container) {
    const bare = container.trim().replace(/[.,;:\s]+$/u, '');
    const at = remainder.indexOf(bare);
    if (at >= 0) remainder = remainder.slice(at + bare.length);
    container = tidyContainer(container, src);
  }
  remainder = dropExtent(tidy(remainder.replace(/^[.,;:\s]+/u, '')));
  // After a journal what is left is no imprint unless it looks like one; after a book's title it is.
  if (remainder) readImprintInto(remainder, src, src.journal && src.genre !== 'chapter' && src.genre !== 'conference');
  if (container) src.container = container;
  return src;
}

/** A container's own trimmings: GOST designation, ABNT place, IDEAS publisher, translation in brackets. */
function tidyContainer(raw: string, src: Source): string | undefined {
  let c = raw.trim().replace(/^\/\/\s*/u, '').replace(/[.,;:\s]+$/u, '').replace(/\s*\[[^\]]*\]\s*$/u, '').replace(/\s+:\s+(?:\[сайт\]|сб\..*|материалы.*|[\p{Ll}].*)$/u, '');
  c = c.replace(/[\s.,;:–—-]+$/u, '').replace(/^[\s.,;:]+/u, '');
  // An abbreviated title keeps the full stop of its last abbreviation: "J. Hist. Econ." (not "Prev Med.": that stop ends the element).
  if (/\.\s*$/u.test(raw) && /\p{L}\.\s/u.test(c) && /(?:^|\s)\p{Lu}\p{L}{0,6}$/u.test(c)) c += '.';
  // "Revista de Administração Pública, Rio de Janeiro" / "Journal of International Economics, Elsevier".
  const parts = splitTop(c, ',');
  while (parts.length > 1) {
    const last = parts[parts.length - 1]!;
    if (isCity(last) || isRegion(last)) {
      const run = [last];
      parts.pop();
      while (parts.length > 1 && isCity(parts[parts.length - 1]!)) run.unshift(parts.pop()!);
      src.place ??= run.join(', ');
    } else if (PUBLISHER_WORD.test(last) && !/journal|review|revista|dergi|zeitschrift|studies/iu.test(last)) {
      src.publisher ??= parts.pop()!;
    } else break;
  }
  c = parts.join(', ');
  return c || undefined;
}

function readImprintInto(rest: string, src: Source, afterContainer: boolean): void {
  // A series is no part of the imprint: "L’Harmattan, coll. « Géographies »", "Campus (Reihe Politik; 12)".
  const clean = rest.replace(/,?\s*(?:coll\.|collection|série|reihe|series|serie)\s*«[^»]*»/giu, '').replace(/\s*\((?:coll\.|collection|reihe|series|serie)[^)]*\)/giu, '');
  // The imprint is the last element: "... . Place: Publisher", "Publisher, Place", "Publisher".
  const pieces = splitElements(clean);
  let imprint = pieces.pop() ?? '';
  // "Place : Publisher" may have been split at an abbreviated place ("М. : Дело").
  if (/^:/u.test(imprint) && pieces.length) imprint = `${pieces.pop()} ${imprint}`;
  while (pieces.length && /^[\p{Ll}\d]/u.test(imprint)) imprint = `${pieces.pop()}. ${imprint}`;
  if (!imprint || /^\d+$/u.test(imprint)) return;
  if (afterContainer && pieces.length === 0 && !/[:]/u.test(imprint) && !PUBLISHER_WORD.test(imprint) && !splitTop(imprint, ',').some(isCity)) return;
  // "Department of Economics, University of Rajshahi": the university publishes.
  const r = readImprint(splitTop(imprint, ',').filter((p) => !SUBUNIT.test(p)).join(', '));
  if (r.place) src.place ??= r.place;
  if (r.publisher && !/^(?:\d+|[\p{Ll}].*)$/u.test(r.publisher)) src.publisher ??= r.publisher;
}

/** The ". "-separated elements of a source, abbreviations kept together. */
function splitElements(s: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = s.indexOf('. '); i !== -1; i = s.indexOf('. ', i + 1)) {
    if (!isBoundary(s, i)) continue;
    out.push(s.slice(from, i).trim());
    from = i + 2;
  }
  out.push(s.slice(from).trim().replace(/\.$/u, ''));
  return out.filter(Boolean);
}

// --- Chinese standard GB/T 7714 and Chinese/Japanese notes ---------------------------------

const GBT_TYPE = /\[(J|M|R|D|C|N|P|S|Z|A|G|DB|CP|EB|EB\/OL|J\/OL|M\/OL|R\/OL|D\/OL|C\/OL)\]/u;

/** "张三. 标题[J]. 期刊, 2020, 5(2): 10-20." */
function parseGbt(s: string, ids: Identifiers): CslEntry {
  const type = GBT_TYPE.exec(s)!;
  const before = s.slice(0, type.index);
  const after = s.slice(type.index + type[0].length).replace(/^\s*(?:\/\/|[.．。])\s*/u, '');
  const split = /^(.+?)[.．。]\s*(?=\S)/u.exec(before);
  const out: CslEntry = {};
  const authorsText = split ? split[1]! : '';
  const title = split ? before.slice(split[0].length) : before;
  if (authorsText) {
    const latin = readNames(authorsText, true, ['famInitBare', 'famInitDot', 'famInit']);
    out.author = latin
      ? latin.names
      : authorsText
          .split(/[,，、]\s*/u)
          .filter((p) => p && !/^(?:et al\.?|等)$/u.test(p.trim()))
          .map((p) => (CJK.test(p) ? cjkName(p) : ({ literal: p.trim() } as Name)));
  }
  out.title = stripTitle(title);
  const code = type[1]!.split('/')[0]!;
  out.type = ({ J: 'article-journal', M: 'book', R: 'report', D: 'thesis', C: 'paper-conference', EB: 'webpage', N: 'article-journal' } as Record<string, CslEntry['type']>)[code] ?? 'book';
  if (type[1]!.startsWith('EB')) {
    // "[EB/OL]. (2022-06-15)[2023-03-10]. URL": published, then cited on.
    const date = /\((\d{4})[-/.]\d/u.exec(after) ?? /(\d{4})/u.exec(after);
    if (date) out.issued = { 'date-parts': [[Number(date[1])]] };
    const cited = /\[(\d{4})-(\d{1,2})-(\d{1,2})\]/u.exec(after);
    if (cited && !ids.accessed) ids.accessed = [Number(cited[1]), Number(cited[2]), Number(cited[3])];
  } else if (code === 'J') {
    const m = /^(.+?)\s*[,，]\s*(\d{4})\s*(?:[,，]\s*(\d+))?\s*(?:\(([^)]+)\))?\s*(?::\s*([\w-]+(?:\s*[-–]\s*\w+)?))?/u.exec(after);
    if (m) {
      out['container-title'] = m[1]!.trim();
      out.issued = { 'date-parts': [[Number(m[2])]] };
      if (m[3]) out.volume = m[3];
      if (m[4]) out.issue = m[4];
      if (m[5] && isRange(m[5])) out.page = normPages(m[5]);
    }
  } else {
    // "[M]. 北京: 出版社, 2018." / "[C]//主办者. 论文集. 北京: 出版社, 2019: 45-62."
    const imprint = /(?:^|[.．。]\s*)([^.．。:：]{1,30})\s*[:：]\s*([^,，:：]+?)\s*[,，]\s*(\d{4})(?:\s*[:：]\s*([\w-]+(?:\s*[-–]\s*\w+)?))?\s*[.．。]?\s*$/u.exec(after);
    if (imprint) {
      out['publisher-place'] = imprint[1]!.trim();
      out.publisher = imprint[2]!.trim();
      out.issued = { 'date-parts': [[Number(imprint[3])]] };
      if (imprint[4] && isRange(imprint[4])) out.page = normPages(imprint[4]);
      if (code === 'C') {
        const parts = after.slice(0, imprint.index).split(/[.．。]\s*/u).filter(Boolean);
        if (parts.length) out['container-title'] = parts[parts.length - 1]!.trim();
      }
    } else {
      const y = /(\d{4})/u.exec(after);
      if (y) out.issued = { 'date-parts': [[Number(y[1])]] };
    }
  }
  return finish(out, ids);
}

/** "王丽华,张强:《标题》,《期刊》2020年第8期。" / "商务部:《报告》,出版社,2021年,第56页。" / 「」『』 Japanese. */
function parseCjkNotes(s: string, ids: Identifiers): CslEntry {
  const out: CslEntry = {};
  const head = /^([^《「『:：]+?)\s*[:：]?\s*(?=[《「『])/u.exec(s);
  // Japanese lists quote with 「」『』 and write kana; Chinese notes quote with 《》.
  const japanese = /[「『\u3040-\u30ff]/u.test(s);
  if (head && head[1]!.trim()) {
    const names = head[1]!.replace(/\s*\(\d{4}[a-z]?\)\s*[.,]?$/u, '').split(/[,，、・]\s*/u).filter(Boolean);
    out.author = names.map((n) => (CJK.test(n) ? cjkName(n, japanese) : ({ literal: n.trim() } as Name)));
  }
  const marks = [...s.matchAll(/[《「『]([^》」』]+)[》」』]/gu)];
  const titles = marks.map((m) => m[1]!);
  if (titles[0]) out.title = titles[0];
  if (titles[1]) out['container-title'] = titles[1];
  // "『雑誌』12(3), 45-60": the numbers after the last mark, read as elsewhere.
  const last = marks[marks.length - 1];
  if (last) {
    const src: Source = { journal: false };
    readNumbering(s.slice(last.index + last[0].length), src, []);
    if (src.volume) out.volume = src.volume;
    if (src.issue) out.issue = src.issue;
    if (src.page) out.page = src.page;
  }
  const year = /(\d{4})\s*年/u.exec(s) ?? /(\d{4})/u.exec(s.replace(/[《「『][^》」』]*[》」』]/gu, ''));
  if (year) out.issued = { 'date-parts': [[Number(year[1])]] };
  const issue = /第\s*(\d+)\s*[期号號]/u.exec(s);
  if (issue) out.issue = issue[1];
  const volume = /第\s*(\d+)\s*[卷巻]/u.exec(s);
  if (volume) out.volume = volume[1];
  const publisher = /[,，]\s*([^,，《》]*出版社)/u.exec(s);
  if (publisher) out.publisher = publisher[1]!.trim();
  out.type = out['container-title'] ? 'article-journal' : out.author?.some((a) => 'literal' in a) ? 'report' : 'book';
  return finish(out, ids);
}

// --- putting it together -----------------------------------------------------------

function finish(out: CslEntry, ids: Identifiers): CslEntry {
  if (ids.DOI) out.DOI = ids.DOI;
  if (ids.URL) out.URL = ids.URL;
  if (ids.accessed) out.accessed = { 'date-parts': [ids.accessed] };
  for (const k of Object.keys(out) as (keyof CslEntry)[]) if (out[k] === undefined || out[k] === '') delete out[k];
  return out;
}

/**
 * GOST's statement of responsibility after " / ": the authors of a work
 * entered under its title ("/ И.А. Гусев, Т.Н. Маркова и др.", "/ Росстат"),
 * or a translator's or editor's note ("/ пер. с нем.", "/ под ред. …"), which is dropped.
 */
function readResponsibility(rest: string, head: Head): string {
  const slash = /^(?:[^/]*?\s)?\/\s+/u.exec(rest);
  if (!slash) return rest;
  const before = rest.slice(0, slash.index + slash[0].length).replace(/\s*\/\s+$/u, '');
  const after = rest.slice(slash.index + slash[0].length);
  const note = /^(?:пер\.\s*с\s*[\p{L}]+\.|пер\.\s*[^.]*\.|сост\.\s*[^.]*\.|науч\.\s*ред\.\s*[^.]*\.|отв\.\s*ред\.\s*[^.]*\.)\s*/iu.exec(after);
  if (note) return `${before} ${after.slice(note[0].length)}`.trim();
  if (/^(?:под|за)\s+ред/iu.test(after)) return rest;
  if (head.author) return rest;
  const names = readNames(after, false, ['initFam', 'famInitDot']);
  if (names) {
    head.author = names.names;
    return `${before} ${after.slice(names.end).replace(/^\s*\.\s*/u, '')}`.trim();
  }
  const body = /^([^.]{2,80}?)\.(?:\s+|$)/u.exec(after);
  if (body && corporateHead(body[1]!, true)) {
    head.author = [nameOf(body[1]!)];
    return `${before} ${after.slice(body[0].length)}`.trim();
  }
  return rest;
}

/**
 * Chinese and Japanese author-date lists punctuate in full width ("王小明（2019）。標題。期刊，5(2)，10-20。");
 * read as ". " and ", " they take the common path. (Parentheses were made half-width when cleaning.)
 */
function halfWidth(s: string): string {
  return s.replace(/[。．]\s*/gu, '. ').replace(/[，]\s*/gu, ', ').replace(/[：]\s*/gu, ': ').replace(/[；]\s*/gu, '; ').trim();
}

/** Chinese and Japanese fields read through halfWidth get their spaces back out: "台灣的港口, 城市" -> "台灣的港口,城市". */
function closeCjkSpaces(s: string): string {
  return s.replace(/(?<=[\u3040-\u30ff\u3400-\u9fff,.:;])\s+(?=[\u3040-\u30ff\u3400-\u9fff])|(?<=[\u3040-\u30ff\u3400-\u9fff])\s+(?=[,.:;])/gu, '');
}

function isGost(s: string): boolean {
  return / \/\/ /u.test(s) || (/[\u0400-\u04ff]/u.test(s) && /(?:^|\s)(?:С\.|Т\.|№|М\.\s?:|[\p{L}]+\s?:\s[\p{Lu}])/u.test(s));
}

function inferType(head: Head, src: Source, ids: Identifiers, corporate: boolean): CslEntry['type'] {
  if (src.genre === 'thesis') return 'thesis';
  // A link "retrieved" or "accessed", with no imprint and no series number: a web page, whatever it calls itself.
  if (ids.URL && ids.accessPhrase && !src.publisher && !src.place && !src.number && !src.journal && src.genre !== 'chapter') return 'webpage';
  if (src.genre === 'chapter') return src.container && isProceedings(src.container) ? 'paper-conference' : 'chapter';
  if (src.genre === 'conference' || (src.container && isProceedings(src.container))) return 'paper-conference';
  if (src.genre === 'report') return 'report';
  if (src.journal && src.container) return corporate && !src.volume ? 'report' : 'article-journal';
  if (head.editor && !head.author) return 'book';
  if (ids.URL && !src.publisher && !src.place && !src.journal) {
    // A bare link to a body's document is a report; a link "retrieved" or "accessed" is a web page.
    return corporate && !ids.accessPhrase && !src.container ? 'report' : 'webpage';
  }
  if (corporate) return 'report';
  if (src.container && !src.publisher && !src.place) return ids.URL ? 'webpage' : 'article-journal';
  return 'book';
}

/**
 * One reference entry as CSL-JSON, with only the fields the entry gives.
 * `previous` is the entry before it, whose authors a "———." entry repeats.
 */
export function parseEntry(text: string, previous?: CslEntry): CslEntry {
  const ids = takeIdentifiers(clean(text));
  const s = ids.text;
  if (GBT_TYPE.test(s) && (CJK.test(s) || /\[[JMRDC]\]\s*[.．]/u.test(s))) return parseGbt(s, ids);
  if (/[《「『]/u.test(s) && CJK.test(s)) return parseCjkNotes(s, ids);
  const gost = isGost(s);
  const head = readHead(CJK.test(s) ? halfWidth(s) : s, previous);
  const title = readTitle(head.rest, head.commaStyle, gost);
  const rest = readResponsibility(title.rest, head);
  const src = readSource(rest, title, head.year !== undefined, head.commaStyle);
  const out: CslEntry = {};
  if (head.author?.length) out.author = head.author;
  if (head.editor?.length) out.editor = head.editor;
  else if (src.editor?.length) out.editor = src.editor;
  const year = head.year ?? (head.noDate ? undefined : src.year);
  if (year !== undefined) out.issued = { 'date-parts': [[year]] };
  if (head.suffix) out['year-suffix'] = head.suffix;
  if (title.title) out.title = title.title;
  const corporate = !!head.author?.length && head.author.every((a) => 'literal' in a);
  if (ids.URL && !src.journal && !src.genre && !src.container && !src.place && src.publisher && !PUBLISHER_WORD.test(src.publisher) && !corporate) {
    // "Title. Baku Business Review. https://…": the site a page is on, not a publisher.
    src.container = src.publisher;
    delete src.publisher;
  }
  // Nothing read but perhaps a link: no type to guess.
  if (out.title || out.author || out.editor || src.container || ids.URL) out.type = inferType(head, src, ids, corporate);
  if (src.container) out['container-title'] = src.container;
  if (out.type === 'report' && src.issue && !src.volume && !src.number) {
    src.number = src.issue;
    delete src.issue;
  }
  if (src.volume) out.volume = src.volume;
  if (src.issue) out.issue = src.issue;
  if (src.page) out.page = src.page;
  if (src.publisher) out.publisher = src.publisher.replace(/[.,;:]+$/u, '').trim();
  if (src.place) out['publisher-place'] = src.place.replace(/[,;:]+$/u, '').trim();
  if (src.edition) out.edition = src.edition;
  if (src.number) out.number = src.number;
  if (CJK.test(s)) {
    for (const k of ['title', 'container-title', 'publisher', 'publisher-place'] as const) if (out[k]) out[k] = closeCjkSpaces(out[k]!);
    // Japanese names: mostly two characters of family name ("山田太郎" = 山田 + 太郎).
    if (/[\u3040-\u30ff・「『．]/u.test(s)) out.author = out.author?.map((a) => ('family' in a && a.given && CJK.test(a.family) ? cjkName(a.family + a.given, true) : a));
  }
  return finish(out, ids);
}
