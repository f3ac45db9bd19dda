/**
 * The gold label of every line of a corpus page, from its annotation: a
 * furniture line has its kind, a heading line (a heading may wrap over two
 * or three lines) is a heading, any other line with text is body. What the
 * line classifier is trained on and measured against.
 */
import type { LineLabel } from '../../src/ingest/stages/line-model.ts';
import type { Gold } from './gold.ts';
import { norm } from './score.ts';

export function goldLineLabels(gold: Gold, lines: readonly { clean: string; text: string }[]): (LineLabel | undefined)[] {
  const furniture = new Map<string, string[]>();
  for (const f of gold.furniture ?? []) furniture.set(f.line.trim(), [...(furniture.get(f.line.trim()) ?? []), f.kind]);
  const headings = (gold.headings ?? []).map(norm);
  const labels: (LineLabel | undefined)[] = lines.map(() => undefined);
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text.trim();
    if (text === '') continue;
    const kinds = furniture.get(text);
    if (kinds && kinds.length > 0) {
      labels[i] = kinds.shift() as LineLabel;
      continue;
    }
    if (labels[i] !== undefined) continue;
    // A heading on one line, or wrapped over the next one or two.
    const one = norm(lines[i]!.clean);
    let span = 0;
    if (headings.includes(one)) span = 1;
    else {
      for (let k = 2; k <= 3 && i + k <= lines.length; k++) {
        const joined = norm(lines.slice(i, i + k).map((l) => l.clean).join(' '));
        if (headings.includes(joined)) {
          span = k;
          break;
        }
      }
    }
    if (span > 0) {
      for (let k = 0; k < span; k++) labels[i + k] = 'heading';
      i += span - 1;
      continue;
    }
    labels[i] = 'body';
  }
  return labels;
}
