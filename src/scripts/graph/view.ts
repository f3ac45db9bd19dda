/** Between the layout's coordinates and the screen's: where a mark is drawn, which mark is under the pointer, the view that fits them all. */
import { type GraphNode, radiusOf } from './model.ts';

/** The view: a d3-zoom transform (screen = x + k * layout). */
export interface View {
  x: number;
  y: number;
  k: number;
}

export const screenX = (view: View, n: GraphNode) => view.x + view.k * n.x;
export const screenY = (view: View, n: GraphNode) => view.y + view.k * n.y;
export const screenRadius = (view: View, n: GraphNode) => Math.max(2.5, Math.min(48, radiusOf(n) * view.k));

/** The visible node under (px, py), the nearest if marks overlap. */
export function nodeAt(view: View, nodes: readonly GraphNode[], px: number, py: number): GraphNode | undefined {
  let best: GraphNode | undefined;
  let bestDistance = Infinity;
  for (const n of nodes) {
    const d = Math.hypot(screenX(view, n) - px, screenY(view, n) - py);
    if (d <= screenRadius(view, n) + 3 && d < bestDistance) {
      best = n;
      bestDistance = d;
    }
  }
  return best;
}

/** The view that shows every node, centred, with a tenth to spare; null before the canvas has a size. */
export function fitView(nodes: readonly GraphNode[], width: number, height: number): View | null {
  if (nodes.length === 0 || width === 0) return null;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const n of nodes) {
    const r = radiusOf(n);
    x0 = Math.min(x0, n.x - r);
    y0 = Math.min(y0, n.y - r);
    x1 = Math.max(x1, n.x + r);
    y1 = Math.max(y1, n.y + r);
  }
  const k = Math.max(0.1, Math.min(4, 0.9 * Math.min(width / (x1 - x0 || 1), height / (y1 - y0 || 1))));
  return { k, x: width / 2 - (k * (x0 + x1)) / 2, y: height / 2 - (k * (y0 + y1)) / 2 };
}
