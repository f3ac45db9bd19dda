/**
 * Segments -> the paper's blocks. Gives headings their levels (no
 * level is skipped, so the outline reads in order), splits run-in headings
 * ("Review of the Basic Concepts of the Global Value Chain. The concept ...")
 * off their paragraphs, and numbers blocks for stable anchors.
 */
import type { Block } from '../../model/schema.ts';
import type { Segment } from './segment.ts';
import { hasInnerSentenceBreak, titleCaseRatio, wordCount } from '../../shared/text-shape.ts';

const RUN_IN = /^(?<head>[^.:()[\]“”"]{8,160}?[.:])\s+(?=[\p{Lu}“"])/u;

/** The run-in heading that opens a paragraph, if it has one. */
export function runInHeading(text: string): string | undefined {
  const m = RUN_IN.exec(text);
  const head = m?.groups?.head;
  if (!head) return undefined;
  const words = wordCount(head);
  const { ratio, content } = titleCaseRatio(head);
  if (words < 3 || words > 16 || content < 3 || ratio < 0.8 || hasInnerSentenceBreak(head)) return undefined;
  if (head.length + 1 >= text.length) return undefined;
  return head;
}

/**
 * Numbered sections nest by their numbers ("5." is a sibling of "4.", above
 * "4.2", however the fragment begins); other styles nest in the order they
 * first appear.
 */
function decimalOffset(segments: readonly Segment[]): (s: Segment) => number {
  let shallowest = Infinity;
  for (const s of segments) if (s.type === 'heading' && s.style === 'decimal') shallowest = Math.min(shallowest, s.level ?? 1);
  return (s) => (s.style === 'decimal' ? (s.level ?? 1) - shallowest : 0);
}

export function structureBlocks(segments: readonly Segment[]): Block[] {
  const blocks: Block[] = [];
  const styles: string[] = [];
  let depth = 1;
  const offset = decimalOffset(segments);
  const push = (b: Omit<Block, 'id'>) => blocks.push({ id: `b${blocks.length + 1}`, ...b });

  for (const s of segments) {
    const breaks = s.breaks.length > 0 ? { breaks: s.breaks } : {};
    if (s.type === 'heading') {
      const key = s.style ?? 'plain';
      const at = styles.indexOf(key);
      if (at === -1) styles.push(key);
      else styles.length = at + 1;
      // A level may rise by one at most: "2.3" opening a fragment is an h2, not an h3 after nothing.
      depth = Math.min(6, styles.length + 1 + offset(s), depth + 1);
      push({ type: 'heading', text: s.text, page: s.page, depth, ...breaks, source: s.source });
      continue;
    }
    const head = s.type === 'paragraph' && !s.entry ? runInHeading(s.text) : undefined;
    if (head) {
      const cut = head.length + 1;
      push({ type: 'heading', text: head, page: s.page, depth: Math.min(6, depth + 1), run_in: true, source: s.source });
      const rest = s.breaks.map((b) => ({ offset: Math.max(0, b.offset - cut), page: b.page }));
      push({ type: 'paragraph', text: s.text.slice(cut), page: s.page, ...(rest.length ? { breaks: rest } : {}), source: s.source });
      continue;
    }
    push({
      type: s.type,
      text: s.text,
      page: s.page,
      ...(s.marker ? { marker: s.marker } : {}),
      ...breaks,
      source: s.source,
      ...(s.entry ? { ref: s.entry } : {}),
    });
  }
  return blocks;
}
