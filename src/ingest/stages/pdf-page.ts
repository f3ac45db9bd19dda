/**
 * A flipbook PDF page -> body lines + page furniture. Removes the
 * viewer line ("Page 52 - ..."), the page label ("P. 52"), the journal line,
 * the author/title running head (also when wrapped) and the page number at the
 * foot, recording every removed line with its reason and line number.
 */
import { alternation } from '../../shared/lexicon.ts';
import type { DroppedLine, FurnitureKind } from '../../model/schema.ts';
import { parseJournalLine } from './journal-line.ts';
import { type BodyLine, type PageFacts, type ParsedPage, toBodyLine } from './page.ts';
import type { SourceText } from './read-source.ts';
import { continuesRunningHead, parseRunningHead } from './running-head.ts';
import { measureOf } from '../../shared/text-shape.ts';

const VIEWER = /^Page\s+(\d{1,5})\s+[-–—|]\s+(.+)$/u;
const PAGE_LABEL = /^(?:P|p|Page|S)\.?\s*(\d{1,5})$/u;
const FOOT_NUMBER = /^[-–—\s]*(\d{1,5})[-–—\s]*$/u;
const INSTITUTION = new RegExp(String.raw`\b(?:${alternation('institution')}|Publish\w*|Universit\w+)\b`, 'u');

/** Lines that look like a PDF page dump's furniture, at its top or foot. */
export function looksLikePdfPage(text: SourceText): boolean {
  const lines = text.lines.map((l) => l.text.trim()).filter((t) => t !== '');
  const top = lines.slice(0, 4);
  const last = lines.at(-1) ?? '';
  return (
    top.some((t) => VIEWER.test(t) || PAGE_LABEL.test(t) || parseJournalLine(t) !== undefined) ||
    FOOT_NUMBER.test(last)
  );
}

export function parsePdfPage(text: SourceText): ParsedPage {
  const lines = text.lines.map(toBodyLine);
  const measure = measureOf(lines.map((l) => l.clean));
  const facts: PageFacts = {};
  const dropped: DroppedLine[] = [];
  let number: number | null = null;
  const drop = (line: BodyLine, reason: FurnitureKind) =>
    dropped.push({ line: line.text.trim(), reason, source: text.name, line_number: line.number });

  let start = 0;
  while (start < lines.length) {
    const line = lines[start]!;
    const t = line.clean;
    let m: RegExpExecArray | null;
    if (t === '') {
      start++;
      continue;
    }
    if ((m = VIEWER.exec(t))) {
      number ??= Number(m[1]);
      const name = m[2]!.trim();
      facts.viewer = name;
      if (INSTITUTION.test(name)) facts.publisher = name;
      drop(line, 'viewer-line');
    } else if ((m = PAGE_LABEL.exec(t))) {
      number ??= Number(m[1]);
      drop(line, 'viewer-line');
    } else if (!facts.journal && (facts.journal = parseJournalLine(t))) {
      drop(line, 'journal-line');
    } else if (!facts.runningHead && !facts.journal && (facts.runningHead = parseRunningHead(t))) {
      // A page carries one running head: the journal line or the author/title
      // line. Once it has the journal line, "Policy Lessons: Trade" is a heading.
      drop(line, 'running-head');
      const next = lines[start + 1];
      if (continuesRunningHead(line, next, measure)) {
        facts.runningHead.title += ` ${next!.clean}`;
        drop(next!, 'running-head');
        start++;
      }
    } else break;
    start++;
  }

  let end = lines.length;
  while (end > start && lines[end - 1]!.clean === '') end--;
  const foot = lines[end - 1];
  const footMatch = foot ? FOOT_NUMBER.exec(foot.clean) : null;
  if (foot && footMatch && end - 1 >= start) {
    number ??= Number(footMatch[1]);
    drop(foot, 'folio');
    end--;
  }

  return {
    source: text.name,
    sha256: text.sha256,
    kind: 'pdf-page',
    number,
    facts,
    body: lines.slice(start, end),
    dropped,
  };
}
