/**
 * What a page's labelled lines say of its paper: the printed page number, the
 * viewer's name, the journal and its volume, issue, year and page range, the
 * running head, the title, the authors, the date, the DOI and ISSN. Read only
 * from the lines the classifier labelled as furniture of the matching kind,
 * in any of the languages the lexicon knows; a value the page does not print
 * stays absent.
 */
import type { CslDate, CslName } from '../../model/schema.ts';
import { alternation } from '../../shared/lexicon.ts';
import { parseJournalLine } from './journal-line.ts';
import type { LineLabel } from './line-model.ts';
import { parseNameList } from './names.ts';
import type { BodyLine, JournalLine, PageFacts } from './page.ts';
import { parseRunningHead } from './running-head.ts';
import { parseDate } from './reference-entries.ts';
import { isFurniture } from './line-model.ts';

const VIEWER = /^(?:Page|Стр\.?|Страница|Sayfa|Halaman|Página|Seite)\s+(\d{1,5})\s*(?:[-–—|/]|of|из)\s*(.+)$/iu;
const PAGE_LABEL = /^(?:P|p|Page|S|С|Стр)\.?\s*(\d{1,5})$/u;
const FOLIO = /^[-–—\s[(]*(\d{1,5})[\])\s–—-]*$/u;
const INSTITUTION = new RegExp(String.raw`\b(?:${alternation('institution')}|Publish\w*|Universit\w+)\b`, 'iu');
const DOI = /\b(10\.\d{4,9}\/[^\s"<>,;]+[^\s"<>,;.)\]])/u;
const ISSN = /\b(?:[EP]-?ISSN|ISSN)[\s:]*(?:\(?(?:print|online|электронный|печатный)\)?[\s:]*)?(\d{4}-\d{3}[\dXx])/iu;
const YEAR = /(?:^|[^\d])((?:1[89]|20)\d{2})(?:[^\d]|$)/u;
const VOLUME = /\b(?:vol(?:ume)?|v|t|tom|том|cilt|jg|bd|band|año|ano|tome|vol\.)\.?\s*(\d{1,4})\b/iu;
const ISSUE = /(?:\b(?:no|nr|núm|num|issue|say[ıi]|heft|fasc|n°|nº|número|numero|вып|выпуск)\.?|№|#)\s*(\d{1,4}(?:[/-]\d{1,4})?)/iu;
/** "12(3)" and "12 (3)": volume and issue without labels. */
const COMPACT = /\b(\d{1,4})\s?\((\d{1,4}(?:[/-]\d{1,4})?)\)/u;
const PAGES = /(?:\b(?:pp?|s|ss|с|стр|hal|págs?|pag|str)\.?\s*|:\s*)(\d{1,5})\s*[-–—]\s*(\d{1,5})\b/iu;
/** "Kowalczyk et al. ", "D. Okafor and L. Chen ", "Weber & Schmidt: ": the authors a head line names before its journal. */
const AUTHORS_BEFORE_JOURNAL = /^(?:\p{Lu}[\p{L}'’-]+\s+et\s+al\.?\s+|(?:(?:\p{Lu}\.\s?)+\p{Lu}[\p{L}'’-]+(?:,\s+|\s+(?:and|&)\s+))*(?:\p{Lu}\.\s?)+\p{Lu}[\p{L}'’-]+\s+(?=\p{Lu}))/u;
/** Two to four capitalised words before a comma and a role or a place ("Lucy Marsh, Senior Lecturer …"). */
const NAME_BEFORE_ROLE = /^(?<names>\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3}),\s+\S/u;
/** "Citation: Okafor, C.; Lindqvist, H." / "Cite as: …" / "How to cite: …": the authors as a reference lists them. */
const CITE_AS = /^(?:citation|cite as|cite this article|how to cite(?: this article)?|atıf|atıf için)\s*[:：]\s*(?<names>(?:\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+)*,\s(?:\p{Lu}\.[\s-]?)+(?:;\s*|$))+)/iu;
const DATE_ISO = /\b((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})/u;
/** A web page's own lines about itself: when it was published, where it comes from, its address. */
const DATE_LABEL = /^(?:published(?: on)?|posted(?: on)?|updated|date|veröffentlicht(?: am)?|datum|publicado(?: el)?|fecha|publié le|date de publication|publicado em|опубликовано|дата публикации|yayın tarihi|tanggal|diterbitkan|发布时间|发布日期|日期|時間)\s*[:：]?\s*/iu;
const SOURCE_LABEL = /^(?:source|quelle|fuente|fonte|источник|kaynak|sumber|来源|來源|出处)\s*[:：]\s*(?<site>\S.{1,80})$/iu;
const URL_LINE = /^(?<url>https?:\/\/[^\s<>"]+)$/u;

const BYLINE_LABEL = new RegExp(String.raw`^(?:${alternation('authorLabel')})\s*[:：]?\s*`, 'iu');
const FOOTNOTE_MARKS = /[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+|(?<=\p{L})\d{1,2}(?=\s*(?:,|$|\s+(?:and|и|ve|dan|y|e|et|und)\s))/gu;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/u;

/** The first run of lines with a label, joined as text (CJK without spaces). */
function firstRun(lines: readonly BodyLine[], labels: readonly (LineLabel | undefined)[], label: LineLabel): string | undefined {
  const start = labels.indexOf(label);
  if (start === -1) return undefined;
  const parts: string[] = [];
  for (let i = start; i < lines.length; i++) {
    if (labels[i] === label) parts.push(lines[i]!.clean);
    else if (labels[i] !== undefined) break;
  }
  return parts.reduce((text, part) => (text === '' ? part : CJK.test(text.at(-1)!) && CJK.test(part[0]!) ? text + part : `${text} ${part}`), '');
}

/** A title as a reader writes it: without a footnote marker stuck to its end. */
function cleanTitle(text: string): string {
  return text
    .replace(/(?<=\p{L}[\p{L}?!)»”"])\s?(?:\d{1,2}|\*+|†)$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Names from a byline: labels, affiliations' marks, e-mail addresses and ORCID iDs dropped. */
export function bylineNames(text: string): CslName[] {
  const cleaned = text
    .replace(BYLINE_LABEL, '')
    .replace(/\S+@\S+/g, '')
    .replace(/https?:\/\/\S+|\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b|orcid[:\s]*/giu, '')
    .replace(FOOTNOTE_MARKS, '')
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (cleaned === '' || /\d{2,}/.test(cleaned)) return [];
  if (CJK.test(cleaned) && !/\s/.test(cleaned.replace(/[、，,]/g, ''))) {
    // "王小明、李华": family name first, one character (two for the few compound surnames is a curator's sidecar).
    return cleaned.split(/[、，,;；]/).map((n) => n.trim()).filter(Boolean).map((n) => ({ family: n.slice(0, 1), given: n.slice(1) || undefined }) as CslName).map((n) => (n.given ? n : { family: n.family }));
  }
  return parseNameList(cleaned.replace(/\s+(?:и|ve|dan|y|e|et|und)\s+/gu, ' and ').replace(/\s*;\s*/g, ', '));
}

/** Volume, issue, year and page range from a labelled line ("Vol. 12, No. 3 (45), 2023, pp. 101–118", "Том 5, № 2. С. 10–20"). */
export function citationNumbers(text: string): Partial<Pick<JournalLine, 'volume' | 'issue' | 'year' | 'firstPage' | 'lastPage'>> {
  const out: Partial<Pick<JournalLine, 'volume' | 'issue' | 'year' | 'firstPage' | 'lastPage'>> = {};
  const compact = COMPACT.exec(text);
  const volume = VOLUME.exec(text)?.[1] ?? compact?.[1];
  const issue = ISSUE.exec(text)?.[1] ?? compact?.[2];
  if (volume && !/^(?:19|20)\d{2}$/.test(volume)) out.volume = volume;
  if (issue) out.issue = issue;
  const year = YEAR.exec(text.replace(/\b10\.\d{4,9}\/\S+/g, ''))?.[1];
  if (year) out.year = Number(year);
  const pages = PAGES.exec(text);
  if (pages) {
    const [first, last] = [Number(pages[1]), Number(pages[2])];
    if (first >= 1 && last >= first && last - first < 2000) Object.assign(out, { firstPage: first, lastPage: last });
  }
  return out;
}

export function pageFacts(lines: readonly BodyLine[], labels: readonly (LineLabel | undefined)[]): { facts: PageFacts; number: number | null } {
  const facts: PageFacts = {};
  let number: number | null = null;
  const labelled = (label: LineLabel) => lines.filter((_, i) => labels[i] === label);

  for (const line of labelled('viewer-line')) {
    const viewer = VIEWER.exec(line.clean);
    const label = PAGE_LABEL.exec(line.clean);
    if (viewer) {
      number ??= Number(viewer[1]);
      const name = viewer[2]!.trim();
      facts.viewer ??= name;
      if (INSTITUTION.test(name)) facts.publisher ??= name;
    } else if (label) number ??= Number(label[1]);
  }
  for (const line of [...labelled('folio')].reverse()) {
    const folio = FOLIO.exec(line.clean);
    if (folio) number ??= Number(folio[1]);
  }

  for (const line of labelled('journal-line')) {
    const journal = parseJournalLine(line.clean);
    if (journal) {
      facts.journal ??= journal;
      continue;
    }
    // A journal line of another shape: its numbers, and the journal's name before them.
    const numbers = citationNumbers(line.clean);
    if (Object.keys(numbers).length === 0) continue;
    // (Letters by Unicode, not \b: "Cad. Saúde Pública" is not cut at a "P" before "ú".)
    const name = line.clean
      .split(/[,.;]?\s*(?:(?<!\p{L})(?:vol|volume|v|t|том|cilt|no|issue|pp?|s|с|№)(?!\p{L})\.?|№|\d)/iu)[0]!
      // A head line that names the authors before the journal ("Kowalczyk et al. BMC Public Health (2024) …").
      .replace(AUTHORS_BEFORE_JOURNAL, '')
      .replace(/[\s,.;:–—|·•/([-]+$/u, '')
      .trim();
    if (!facts.journal && name.length >= 4) facts.journal = { containerTitle: name, ...numbers, ...(numbers.volume === undefined ? {} : { volume: numbers.volume }) };
  }

  // A running head that wrapped is one head: its lines are read together first.
  const headRun = firstRun(lines, labels, 'running-head');
  if (headRun) facts.runningHead = parseRunningHead(headRun);
  const heads = labelled('running-head');
  const signatures = heads.map((h) => h.clean.toLowerCase().replace(/\d+/g, '').replace(/[\s\p{P}]+/gu, ' ').trim()).filter((h) => h.length >= 8);
  if (signatures.length > 0) facts.heads = signatures;
  for (let i = 0; i < heads.length && !facts.runningHead; i++) {
    facts.runningHead = parseRunningHead(heads[i]!.clean) ?? (heads[i + 1] ? parseRunningHead(`${heads[i]!.clean} ${heads[i + 1]!.clean}`) : undefined);
  }

  const title = firstRun(lines, labels, 'title');
  if (title) facts.title = cleanTitle(title);

  // What a web page prints about itself, on its furniture lines: its date, its site, its address.
  lines.forEach((line, i) => {
    const label = labels[i];
    if (label === undefined || !isFurniture(label)) return;
    const text = line.clean;
    const site = SOURCE_LABEL.exec(text)?.groups?.site?.trim();
    if (site && !/https?:/u.test(site)) facts.site ??= site.replace(/[.;,]$/u, '');
    const url = URL_LINE.exec(text)?.groups?.url ?? (SOURCE_LABEL.exec(text)?.groups?.site?.match(/^https?:\/\/\S+$/u)?.[0]);
    if (url) facts.url ??= url.replace(/[.,;)]$/u, '');
    if (!facts.issued && DATE_LABEL.test(text)) {
      const rest = text.replace(DATE_LABEL, '');
      const iso = DATE_ISO.exec(rest);
      const written = iso ? undefined : parseDate(rest);
      const ymd = iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : written;
      if (ymd && ymd.every((n) => Number.isInteger(n) && n > 0) && ymd[1]! <= 12 && ymd[2]! <= 31) facts.issued = { 'date-parts': [[ymd[0]!, ymd[1]!, ymd[2]!]] } satisfies CslDate;
    }
  });

  for (const line of labelled('byline')) {
    // "Lucy Marsh, Senior Lecturer in Education Policy, University of Leeds": the name before the role and the place.
    const withPlace = /@|orcid|\b\d{4}-\d{4}-\d{4}|university|universit|институт|университет|大学|faculty|department|кафедра/iu.test(line.clean) && !BYLINE_LABEL.test(line.clean);
    const lead = withPlace ? NAME_BEFORE_ROLE.exec(line.clean)?.groups?.names : line.clean;
    if (lead === undefined) continue;
    const names = bylineNames(lead);
    if (names.length > 0 && names.every((n) => n.family.length > 1 || CJK.test(n.family))) {
      facts.authors = names;
      break;
    }
  }

  // A "Citation:" line in a header block names the authors as a reference does ("Okafor, C.; Lindqvist, H.").
  if (!facts.authors) {
    for (const line of labelled('front-matter')) {
      const listed = CITE_AS.exec(line.clean)?.groups?.names;
      if (!listed) continue;
      const names = listed.split(/\s*;\s*/u).filter(Boolean).map((n) => /^(?<family>[^,]+),\s*(?<given>.+?)\.?$/u.exec(n.trim())?.groups).filter((g) => g !== undefined);
      if (names.length > 0) facts.authors = names.map((g) => ({ family: g.family!, given: g.given!.endsWith('.') ? g.given! : `${g.given!}.` }));
      break;
    }
  }

  for (const line of [...labelled('front-matter'), ...labelled('journal-line'), ...labelled('byline')]) {
    const doi = DOI.exec(line.clean)?.[1];
    if (doi) facts.doi ??= doi;
    const issn = ISSN.exec(line.clean)?.[1];
    if (issn) facts.issn ??= issn;
    const date = DATE_ISO.exec(line.clean);
    if (date && !facts.issued) facts.issued = { 'date-parts': [[Number(date[1]), Number(date[2]), Number(date[3])]] } satisfies CslDate;
  }
  // Volume, issue and pages from a header block's lines ("Vol. 12, No. 3", "Cilt 12, Sayı 3, s. 211-234"), when no journal line gave them.
  if (!facts.journal?.volume) {
    for (const line of labelled('front-matter')) {
      if (DOI.test(line.clean) && !/\b(?:vol|том|cilt|no|№)\b/iu.test(line.clean)) continue;
      const numbers = citationNumbers(line.clean);
      if (numbers.volume === undefined && numbers.issue === undefined) continue;
      facts.numbers = { ...numbers, ...(facts.numbers ?? {}) };
      break;
    }
  }
  return { facts, number };
}
