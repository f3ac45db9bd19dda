/**
 * Moving the selection from the keyboard: to the mark nearest a point, to
 * the nearest mark in an arrow's direction, or to the first whose name
 * starts with what was typed; and the sentence that announces a selection.
 */
import { clip, type GraphNode, KIND_NAME } from './model.ts';

/** The node drawn nearest to (x, y), where `at` says where a node is drawn. */
export function nearestTo(nodes: readonly GraphNode[], at: (n: GraphNode) => readonly [number, number], x: number, y: number): GraphNode | undefined {
  let best: GraphNode | undefined;
  let bestDistance = Infinity;
  for (const n of nodes) {
    const [nx, ny] = at(n);
    const d = Math.hypot(nx - x, ny - y);
    if (d < bestDistance) [best, bestDistance] = [n, d];
  }
  return best;
}

/** The nearest mark in direction (dx, dy) from `from`, favouring those straight ahead. */
export function step(nodes: readonly GraphNode[], from: GraphNode, dx: number, dy: number): GraphNode | undefined {
  let best: GraphNode | undefined;
  let bestScore = Infinity;
  for (const n of nodes) {
    if (n === from) continue;
    const vx = n.x - from.x;
    const vy = n.y - from.y;
    const ahead = vx * dx + vy * dy;
    const aside = Math.abs(vx * dy - vy * dx);
    if (ahead <= 0 || aside > 2 * ahead) continue;
    const score = ahead + 2 * aside;
    if (score < bestScore) [best, bestScore] = [n, score];
  }
  return best;
}

/** How long a pause ends a typed name (ms). */
export const TYPING_PAUSE_MS = 900;

/**
 * Type-ahead: keys typed within TYPING_PAUSE_MS of each other make one name;
 * each key answers the first node, alphabetically, whose label starts with it.
 */
export function typeAhead(nodes: () => readonly GraphNode[]) {
  let typed = '';
  let typedAt = -Infinity;
  return {
    key(key: string, now: number): GraphNode | undefined {
      typed = now - typedAt > TYPING_PAUSE_MS ? key : typed + key;
      typedAt = now;
      const prefix = typed.toLocaleLowerCase();
      const candidates = nodes().filter((n) => n.label.toLocaleLowerCase().startsWith(prefix));
      return candidates.sort((a, b) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }))[0];
    },
    /** Whether a name is being typed: a space or "+" then belongs to it. */
    typing: (now: number) => typed !== '' && now - typedAt < TYPING_PAUSE_MS,
    reset: () => {
      typed = '';
    },
  };
}

/** "Name (kind), 3 links: A; B; C." with the five heaviest neighbours named. */
export function describe(n: GraphNode, neighbours: ReadonlySet<string>, byId: ReadonlyMap<string, GraphNode>): string {
  const list = [...neighbours].map((id) => byId.get(id)!).sort((a, b) => b.weight - a.weight);
  const names = list.slice(0, 5).map((m) => clip(m.label, 60));
  const more = list.length > 5 ? `, and ${list.length - 5} more` : '';
  const linked = list.length === 0 ? 'no links shown' : `${list.length} ${list.length === 1 ? 'link' : 'links'}: ${names.join('; ')}${more}`;
  return `${n.label} (${KIND_NAME[n.kind]}), ${linked}.`;
}
