/**
 * One source page -> its body lines, its furniture and the facts the
 * furniture carries. Every line is labelled by the line classifier
 * (line-model.ts) as body text, a heading, or a kind of page furniture; the
 * furniture is removed with its kind and line number, and what it says of the
 * paper is read from it (page-facts.ts).
 */
import { processing } from '../../shared/fault.ts';
import { IngestError, isIngestError } from './errors.ts';
import { lineFeatures } from './line-features.ts';
import { isFurniture, labelLines, type LineLabel } from './line-model.ts';
import { type ParsedPage, toBodyLine } from './page.ts';
import { pageFacts } from './page-facts.ts';
import { looksLikePdfPage } from './pdf-page.ts';
import { readSource, type SourceText } from './read-source.ts';
import { endsSentence, measureOf, scriptOf } from '../../shared/text-shape.ts';
import { continuesRunningHead } from './running-head.ts';
import { alternation } from '../../shared/lexicon.ts';

/**
 * A source file's bytes -> its parsed page: what the full and the incremental
 * ingest both do with each file. A problem with the file is an IngestError; a
 * bug of ours a Fault naming the file.
 */
export function parseSourcePage(name: string, bytes: Uint8Array, encoding?: string): ParsedPage {
  return processing([name], isIngestError, () => parsePage(readSource(name, bytes, encoding)));
}

const AUTHOR_LINE = new RegExp(String.raw`^(?:${alternation('authorLabel')})\s*[:：]\s*\S|^(?:By|Von|Por|Par|Oleh|Автор|Авторы)\s+\p{Lu}`, 'u');

/** "Home | News | Economy | About us": three or more short parts between separators. */
function isSectionList(text: string): boolean {
  const parts = text.split(/\s[|>»/·•]\s/u);
  return parts.length >= 3 && parts.every((p) => p.trim().split(/\s+/u).length <= 4);
}

export function parsePage(text: SourceText): ParsedPage {
  const lines = text.lines.map(toBodyLine);
  const labels: (LineLabel | undefined)[] = labelLines(lineFeatures(lines)).map((l) => l?.label);
  // A numbered list goes on: an item numbered one more than a kept item before it is kept too.
  let lastItem: { n: number; kept: boolean } | undefined;
  lines.forEach((line, i) => {
    const n = /^(\d{1,2})[.)]\s+\S/u.exec(line.clean)?.[1];
    if (n === undefined) {
      if (line.clean !== '') lastItem = undefined;
      return;
    }
    if (lastItem?.kept && Number(n) === lastItem.n + 1 && labels[i] !== 'body') labels[i] = 'body';
    lastItem = { n: Number(n), kept: labels[i] === 'body' };
  });
  // A line of site sections ("Home | News | Economy | About us") is the site's navigation, never part of the title.
  lines.forEach((line, i) => {
    if (labels[i] === 'title' && isSectionList(line.clean)) labels[i] = 'site-navigation';
  });
  // An author line says what it is ("By …", "Author: …", "作者：…", "Автор: …").
  lines.forEach((line, i) => {
    if (labels[i] !== undefined && AUTHOR_LINE.test(line.clean) && line.clean.split(/\s+/).length <= 10) labels[i] = 'byline';
  });
  // No title found, but a byline: the headline stands right above it, as on most article pages.
  const bylineAt = labels.indexOf('byline');
  if (!labels.includes('title') && bylineAt > 0) {
    let j = bylineAt - 1;
    while (j >= 0 && labels[j] === undefined) j--;
    const above = lines[j]?.clean ?? '';
    if (j >= 0 && !/\s[|»>/·•]\s/u.test(above) && (above.split(/\s+/).length >= 2 || /[\u3400-\u9fff]{6}/u.test(above)) && !endsSentence(above)) labels[j] = 'title';
  }
  // The title printed again (with a footnote marker stuck to it, "…Importers1") is the title, not a line of text.
  const titleAt = labels.indexOf('title');
  if (titleAt !== -1) {
    const title = lines[titleAt]!.clean;
    lines.forEach((line, i) => {
      if (i !== titleAt && labels[i] !== undefined && line.clean.startsWith(title) && /^\s*(?:\d{1,2}|\*+|†)?$/u.test(line.clean.slice(title.length))) labels[i] = 'title';
    });
  }
  // A running head that filled the measure and wrapped: its second line is the head's too.
  const measure = measureOf(lines.map((l) => l.clean));
  for (let i = 0; i + 1 < lines.length; i++) {
    if (labels[i] === 'running-head' && labels[i + 1] !== 'running-head' && continuesRunningHead(lines[i]!, lines[i + 1], measure)) labels[i + 1] = 'running-head';
  }
  // A page is its text: if the classifier left almost none, the lines that read as sentences are the text after all.
  const lettersIn = (keep: (l: LineLabel | undefined) => boolean) => lines.reduce((n, line, i) => n + (keep(labels[i]) ? (line.clean.match(/\p{L}/gu)?.length ?? 0) : 0), 0);
  if (lettersIn((l) => l === 'body' || l === 'heading') < 20) {
    lines.forEach((line, i) => {
      if ((labels[i] === 'site-navigation' || labels[i] === 'site-widget' || labels[i] === 'front-matter') && endsSentence(line.clean) && (line.clean.split(/\s+/).length >= 5 || line.clean.length >= 30)) labels[i] = 'body';
    });
  }
  const { facts, number } = pageFacts(lines, labels);
  const dropped: ParsedPage['dropped'] = [];
  const body: ParsedPage['body'] = [];
  lines.forEach((line, i) => {
    const label = labels[i];
    if (label !== undefined && isFurniture(label)) dropped.push({ line: line.text.trim(), reason: label, source: text.name, line_number: line.number });
    else body.push(label === 'heading' ? { ...line, heading: true } : line);
  });
  // A page hard-wrapped at a measure, with a PDF page's furniture (a page number, a journal line, a running head, a
  // viewer's line), is a PDF page; a web page keeps a paragraph to a line.
  const filled = lines.filter((l) => l.clean !== '');
  const wrapped = filled.filter((l) => l.clean.length > 160).length <= 0.15 * filled.length;
  const pdf = looksLikePdfPage(text) || (wrapped && labels.some((l) => l === 'folio' || l === 'journal-line' || l === 'running-head' || l === 'viewer-line'));
  facts.script = scriptOf(body.map((l) => l.clean).join(' '));
  const page: ParsedPage = { source: text.name, sha256: text.sha256, kind: pdf ? 'pdf-page' : 'web-article', number, facts, body, dropped };
  let letters = 0;
  for (const line of page.body) {
    letters += line.clean.match(/\p{L}/gu)?.length ?? 0;
    if (letters >= 20) break;
  }
  if (letters < 20) {
    const first = page.body.find((l) => l.clean !== '') ?? text.lines[0]!;
    throw new IngestError(text.name, 'no recognisable text: after removing page furniture fewer than 20 letters are left', first.number);
  }
  return page;
}
