/**
 * A web article page -> body lines + site furniture. The title, the
 * author line and a date line become metadata; navigation and footer cruft
 * before the first and after the last paragraph, and the title repeated with a
 * stray footnote digit ("...Trends0"), are removed with their reasons.
 */
import { alternation, words } from '../../shared/lexicon.ts';
import type { CslDate, DroppedLine, FurnitureKind } from '../../model/schema.ts';
import { parseNameList } from './names.ts';
import { type BodyLine, type PageFacts, type ParsedPage, toBodyLine } from './page.ts';
import type { SourceText } from './read-source.ts';
import { dominantScript, endsSentence, wordCount } from '../../shared/text-shape.ts';

const LABEL = alternation('authorLabel');
const AUTHOR_LINE = new RegExp(String.raw`^(?:${LABEL})\s*[:：]?\s+(?<names>\S.*)$|^(?:${LABEL})\s*[:：]\s*(?<names2>\S.*)$`, 'iu');
const DATE_LINE = new RegExp(String.raw`^(?:(?:${alternation('dateLabel')})\s*[:：]?\s*)?(?<y>(?:19|20)\d{2})[-/.年](?<m>\d{1,2})[-/.月](?<d>\d{1,2})日?$`, 'u');
const NAV_WORDS = new Set(words('navigation'));
const FOOTER = new RegExp(alternation('footer'), 'iu');

function isParagraph(line: BodyLine): boolean {
  if (FOOTER.test(line.clean)) return false;
  const words = wordCount(line.clean);
  return words >= 20 || (words >= 8 && endsSentence(line.clean)) || (line.clean.length >= 60 && dominantScript(line.clean) === 'han');
}

function isNavigation(text: string, bodyScript: 'han' | 'latin'): boolean {
  if (NAV_WORDS.has(text.toLowerCase())) return true;
  if (/\s[|>»/·]\s/u.test(text) && text.split(/\s[|>»/·]\s/u).every((part) => wordCount(part) <= 4)) return true;
  return dominantScript(text) !== bodyScript && wordCount(text) <= 6;
}

/** "Title0", "Title 1", "Title*": the title repeated, with a footnote marker or without. */
function repeatsTitle(text: string, title: string): 'same' | 'marked' | undefined {
  if (text === title) return 'same';
  return text.startsWith(title) && /^\s*(?:\d{1,2}|\*+|†)$/u.test(text.slice(title.length)) ? 'marked' : undefined;
}

export function parseWebPage(text: SourceText): ParsedPage {
  const lines = text.lines.map(toBodyLine);
  const filled = lines.filter((l) => l.clean !== '');
  const facts: PageFacts = {};
  const dropped: DroppedLine[] = [];
  const removed = new Set<BodyLine>();
  const drop = (line: BodyLine, reason: FurnitureKind) => {
    removed.add(line);
    dropped.push({ line: line.text.trim(), reason, source: text.name, line_number: line.number });
  };

  const firstPara = filled.findIndex(isParagraph);
  const lastPara = filled.findLastIndex(isParagraph);
  const bodyScript = dominantScript(filled.filter(isParagraph).map((l) => l.clean).join(' '));
  const lead = firstPara === -1 ? filled : filled.slice(0, firstPara);

  for (const line of lead) {
    const t = line.clean;
    const author = AUTHOR_LINE.exec(t);
    const date = DATE_LINE.exec(t);
    if (author?.groups && !facts.authors) {
      facts.authors = parseNameList((author.groups.names ?? author.groups.names2)!);
      drop(line, 'byline');
    } else if (date?.groups && !facts.issued) {
      const issued: CslDate = { 'date-parts': [[Number(date.groups.y), Number(date.groups.m), Number(date.groups.d)]] };
      facts.issued = issued;
      drop(line, 'front-matter');
    } else if (facts.title !== undefined && repeatsTitle(t, facts.title)) {
      drop(line, 'title');
    } else if (FOOTER.test(t)) {
      drop(line, 'site-navigation');
    } else if (isNavigation(t, bodyScript)) {
      drop(line, 'site-navigation');
    } else if (facts.title === undefined) {
      facts.title = t;
      drop(line, 'title');
    }
  }

  if (lastPara !== -1) {
    for (const line of filled.slice(lastPara + 1)) {
      const t = line.clean;
      if (FOOTER.test(t)) drop(line, 'site-navigation');
      else if (isNavigation(t, bodyScript) || (wordCount(t) <= 6 && !endsSentence(t))) drop(line, 'site-navigation');
    }
  }

  return {
    source: text.name,
    sha256: text.sha256,
    kind: 'web-article',
    number: null,
    facts,
    body: lines.filter((l) => !removed.has(l)),
    dropped,
  };
}
