/**
 * Which marks of the drawing get a label, and where: none covers another or a
 * label already placed, none runs past the canvas's edges (a label that would
 * flips to the mark's left, or is left out), and the marks are taken in an
 * order that labels every kind: papers first, then the heaviest concept, the
 * heaviest cited work, the next concept and so on, so that cited works are not
 * left as unlabelled diamonds behind the heavier concepts.
 */
import type { GraphNode, NodeKind } from './model.ts';

export type Box = [x0: number, y0: number, x1: number, y1: number];
export const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

export interface LabelCandidate {
  node: GraphNode;
  /** The mark's centre and radius on screen. */
  x: number;
  y: number;
  r: number;
  /** The label's width on screen. */
  width: number;
}

export interface PlacedLabel {
  node: GraphNode;
  /** Where the text starts (left-aligned) and its middle line. */
  x: number;
  y: number;
  box: Box;
}

const HALF_HEIGHT = 8;
const GAP = 4;

/** Candidates in the order they are labelled: papers by weight, then the other kinds taken in turn, each by weight. */
export function labelOrder<T extends { node: GraphNode }>(candidates: readonly T[]): T[] {
  const byWeight = (a: T, b: T) => b.node.weight - a.node.weight || a.node.id.localeCompare(b.node.id);
  const papers = candidates.filter((c) => c.node.kind === 'paper').sort(byWeight);
  const queues = (['concept', 'reference'] as NodeKind[]).map((kind) => candidates.filter((c) => c.node.kind === kind).sort(byWeight));
  const rest: T[] = [];
  for (let i = 0; queues.some((q) => i < q.length); i++) for (const q of queues) if (i < q.length) rest.push(q[i]!);
  return [...papers, ...rest];
}

/**
 * Labels for `candidates`, in their order, inside [0, width] × [0, height]. `taken` holds boxes
 * already covered (the focus's ring); `force` places the first candidate even where it collides.
 * At most `limit` candidates are tried: measuring thousands of labels each frame would cost more
 * than the drawing.
 */
export function placeLabels(candidates: readonly LabelCandidate[], width: number, height: number, options: { taken?: Box[]; force?: boolean; limit?: number } = {}): PlacedLabel[] {
  const placed: Box[] = [...(options.taken ?? [])];
  const out: PlacedLabel[] = [];
  const limit = options.limit ?? 400;
  for (const [i, c] of candidates.slice(0, limit).entries()) {
    const forced = options.force === true && i === 0;
    const right = c.x + c.r + GAP;
    const left = c.x - c.r - GAP - c.width;
    const fits = (x: number, y: number) => x - 2 >= 0 && x + c.width + 2 <= width && y - HALF_HEIGHT >= 0 && y + HALF_HEIGHT <= height;
    const boxAt = (x: number, y: number): Box => [x - 2, y - HALF_HEIGHT, x + c.width + 2, y + HALF_HEIGHT];
    const free = ([x, y]: readonly [number, number]) => fits(x, y) && !placed.some((b) => overlaps(b, boxAt(x, y)));
    // Beside the mark, right then left; then a line above or below it, where a neighbour's label is in the way.
    const spots = [[right, c.y], [left, c.y], [right, c.y - 2 * HALF_HEIGHT], [right, c.y + 2 * HALF_HEIGHT], [left, c.y - 2 * HALF_HEIGHT], [left, c.y + 2 * HALF_HEIGHT]] as const;
    const spot = spots.find(free) ?? (forced ? (fits(right, c.y) || !fits(left, c.y) ? spots[0] : spots[1]) : undefined);
    if (spot === undefined) continue;
    const box = boxAt(spot[0], spot[1]);
    placed.push(box);
    out.push({ node: c.node, x: spot[0], y: spot[1], box });
  }
  return out;
}
