/**
 * The body lines of a paper's pages, in page order -> blocks.
 * Rejoins hard-wrapped lines into paragraphs (across page breaks too, noting
 * where each printed page begins), recognises headings and list items, and
 * never joins text across pages that are missing from the collection.
 */
import type { BlockType, PageBreak } from '../../model/schema.ts';
import { buildVocabulary, joinKind } from './dehyphenate.ts';
import { type HeadingStyle, headingStyle, listMarker } from './line-kinds.ts';
import type { BodyLine, ParsedPage } from './page.ts';
import { endsSentence, measureOf, printedWidth } from '../../shared/text-shape.ts';

export interface Segment {
  type: BlockType;
  text: string;
  page: number | null;
  marker?: string;
  style?: HeadingStyle;
  level?: number;
  breaks: PageBreak[];
  /** Source file and line where the block starts, for messages. */
  source: string;
  line: number;
  /** The key of the work a reference-list entry lists. */
  entry?: string;
}

/** Most common indentation of a page's lines: the left edge of its body text. */
function baseIndent(lines: readonly BodyLine[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) if (l.clean !== '') counts.set(l.indent, (counts.get(l.indent) ?? 0) + 1);
  let best = 0;
  let bestCount = -1;
  for (const [indent, count] of counts) if (count > bestCount || (count === bestCount && indent < best)) [best, bestCount] = [indent, count];
  return best;
}

function firstWord(text: string): string {
  return /^\S+/.exec(text)?.[0] ?? '';
}

export interface Measure {
  /** Full measure in estimated printed width (proportional type). */
  width: number;
  /** Full measure in characters (monospaced dumps, fixed-width wrapping). */
  chars: number;
}

export function measureLines(texts: readonly string[]): Measure {
  const lengths = texts.filter((t) => t !== '').map((t) => t.length).sort((a, b) => a - b);
  return { width: measureOf(texts), chars: lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.9))] ?? 0 };
}

/**
 * A line ends its paragraph when it ends a sentence and the next line's first
 * word would have fitted after it, whether the dump was wrapped by printed
 * width or by character count: only a line that stopped early ends a paragraph.
 */
function endsParagraph(prev: string, next: string, measure: Measure): boolean {
  if (!endsSentence(prev) || /^\p{Ll}/u.test(next)) return false;
  const word = firstWord(next);
  return (
    printedWidth(prev) + printedWidth(` ${word}`) < measure.width * 0.985 &&
    prev.length + 1 + word.length <= measure.chars
  );
}

/** Where a page begins in joined text: never inside a word rejoined across the break. */
function pageStart(joined: string, offset: number): number {
  if (offset === 0 || !/[\p{L}\p{N}]/u.test(joined[offset - 1]!)) return offset;
  const space = joined.indexOf(' ', offset);
  return space === -1 ? joined.length : space + 1;
}

/**
 * @param pages the paper's pages in reading order
 * @param continues continues[i] is true when pages[i] directly follows pages[i-1]
 */
export function segmentPages(pages: readonly ParsedPage[], continues: readonly boolean[]): Segment[] {
  const vocab = buildVocabulary(pages.flatMap((p) => p.body.map((l) => l.clean)));
  const segments: Segment[] = [];
  // The open block keeps its lines as parts, joined once when it closes.
  let current: (Segment & { parts: string[]; length: number }) | undefined;
  let prevText: string | undefined;
  let prevMeasure: Measure = { width: 0, chars: 0 };

  const close = () => {
    if (current) {
      const { parts, length: _length, ...segment } = current;
      segment.text = parts.join('');
      segment.breaks = segment.breaks.map((b) => ({ ...b, offset: pageStart(segment.text, b.offset) }));
      segments.push(segment);
    }
    current = undefined;
  };

  pages.forEach((page, pageIndex) => {
    if (!continues[pageIndex]) {
      close();
      prevText = undefined;
    }
    const lines = page.body;
    const measure = measureLines(lines.map((l) => l.clean));
    const indent = baseIndent(lines);
    const layout = lines.some((l) => l.indent > 0);
    let blankBefore = false;
    let startOfPage = true;
    let prevHeadingLine = false;
    // Index of the next non-blank line after each line, found in one backward pass.
    const nextFilled: number[] = new Array(lines.length);
    for (let k = lines.length - 1, seen = -1; k >= 0; k--) {
      nextFilled[k] = seen;
      if (lines[k]!.clean !== '') seen = k;
    }

    lines.forEach((line, i) => {
      if (line.clean === '') {
        blankBefore = true;
        return;
      }
      const nextIndex = nextFilled[i]!;
      const next = nextIndex === -1 ? undefined : lines[nextIndex]!;
      const ctx = {
        prev: prevText,
        blankBefore,
        next: next?.clean,
        blankAfter: next !== undefined && nextIndex > i + 1,
        measure: measure.width,
      };
      const text = line.clean;
      const start = (type: BlockType, body: string, extra: Partial<Segment> = {}) => {
        close();
        current = { type, text: '', parts: [body], length: body.length, page: page.number, breaks: [], source: page.source, line: line.number, ...extra };
      };

      // The line classifier decides what is a heading; a heading wrapped over lines is one heading.
      const heading = line.heading ? headingStyle(text) : undefined;
      const marker = heading ? undefined : listMarker(text, ctx);
      if (heading && current?.type === 'heading' && !blankBefore && prevHeadingLine) {
        current.parts.push(current.parts.at(-1)!.endsWith('-') ? '' : ' ', text);
        current.length += text.length + 1;
      } else if (heading) {
        start('heading', text, { style: heading.style, ...(heading.level ? { level: heading.level } : {}) });
      } else if (marker) {
        start('list-item', text.slice(marker.length).trimStart(), { marker });
      } else if (
        !current ||
        current.type === 'heading' ||
        blankBefore ||
        (layout && line.indent >= indent + 2 && current.type !== 'list-item') ||
        (prevText !== undefined && endsParagraph(prevText, text, startOfPage ? prevMeasure : measure))
      ) {
        start('paragraph', text);
      } else {
        const kind = joinKind(prevText ?? '', text, vocab);
        if (kind === 'drop-hyphen') {
          const last = current.parts.length - 1;
          current.parts[last] = current.parts[last]!.slice(0, -1);
          current.length--;
        } else if (kind === 'space') {
          current.parts.push(' ');
          current.length++;
        }
        if (startOfPage && page.number !== null) current.breaks.push({ offset: current.length, page: page.number });
        current.parts.push(text);
        current.length += text.length;
      }
      prevText = text;
      prevHeadingLine = heading !== undefined;
      blankBefore = false;
      startOfPage = false;
    });
    prevMeasure = measure;
  });
  close();
  return segments;
}
