/**
 * A node's neighbourhood in the collection graph, for the small graph on its
 * page: its heaviest neighbours (one step), and theirs (two steps), each step
 * capped so that a concept used by a thousand papers still draws a readable
 * picture and costs the same to build as one used by two. Laid out on rings
 * around the node, so the same graph always draws the same picture without a
 * simulation per page.
 */
import type { EdgeKind, GraphNode, Neighbour } from './graph-data.ts';

export interface LocalNode {
  node: GraphNode;
  /** 0 for the page's own node, 1 or 2 steps away. */
  depth: 0 | 1 | 2;
  x: number;
  y: number;
}

export interface LocalEdge {
  source: string;
  target: string;
  kind: EdgeKind;
  weight: number;
}

export interface LocalGraph {
  nodes: LocalNode[];
  edges: LocalEdge[];
  /** How many neighbours one step away exist in all (more than drawn when capped). */
  neighbourCount: number;
}

export interface LocalGraphOptions {
  depth: 1 | 2;
  /** At most this many nodes one step away. */
  near?: number;
  /**
   * At most this many nodes two steps away: 12, where 24 made the folded ring
   * and its list half of a paper's local graph, 6 KB a page, for a ring most
   * readers never unfold (bench, N = 300).
   */
  far?: number;
  /** Ring radii, in drawing units. */
  radius?: [number, number];
}

const round = (v: number) => Math.round(v * 10) / 10 || 0;

/**
 * The `count` neighbours drawn one step away: the heaviest of each kind in
 * turn, so that a paper's few cited works are not crowded out by its many
 * concepts. Returned heaviest first, as `neighbours` come.
 */
export function nearestByKind(neighbours: readonly Neighbour[], count: number): Neighbour[] {
  if (neighbours.length <= count) return [...neighbours];
  const byKind = new Map<string, number[]>();
  neighbours.forEach((n, i) => {
    const list = byKind.get(n.node.kind);
    if (list) list.push(i);
    else byKind.set(n.node.kind, [i]);
  });
  const queues = [...byKind.values()];
  const taken: number[] = [];
  for (let turn = 0; taken.length < count; turn++) {
    for (const queue of queues) if (turn < queue.length && taken.length < count) taken.push(queue[turn]!);
  }
  return taken.sort((a, b) => a - b).map((i) => neighbours[i]!);
}

/** Nodes around `centre` on rings; undefined when the node is not in the graph. */
export function localGraph(index: ReadonlyMap<string, readonly Neighbour[]>, byId: ReadonlyMap<string, GraphNode>, centre: string, options: LocalGraphOptions): LocalGraph | undefined {
  const own = byId.get(centre);
  const neighbours = index.get(centre);
  if (!own || !neighbours) return undefined;
  const { depth, near = 12, far = 12, radius = [120, 230] } = options;

  const first = nearestByKind(neighbours, near);
  // One step away whether drawn or not: never shown as two steps away.
  const placed = new Set([centre, ...neighbours.map((n) => n.node.id)]);
  const edges: LocalEdge[] = first.map((n) => ({ source: centre, target: n.node.id, kind: n.kind, weight: n.weight }));

  // Two steps away: taken in turns from each near node's heaviest links, so
  // every near node keeps some of its own neighbourhood in the picture.
  const second: { node: GraphNode; parent: number }[] = [];
  if (depth === 2) {
    const cursors = first.map(() => 0);
    let added = true;
    while (second.length < far && added) {
      added = false;
      first.forEach((n, i) => {
        const list = index.get(n.node.id) ?? [];
        // Each near node's list is read once over all turns: linear in what is drawn.
        while (cursors[i]! < list.length && placed.has(list[cursors[i]!]!.node.id)) cursors[i]!++;
        const next = list[cursors[i]!];
        if (!next || second.length >= far) return;
        cursors[i]!++;
        placed.add(next.node.id);
        second.push({ node: next.node, parent: i });
        edges.push({ source: n.node.id, target: next.node.id, kind: next.kind, weight: next.weight });
        added = true;
      });
    }
  }

  const angleOf = (i: number, count: number) => -Math.PI / 2 + (2 * Math.PI * i) / Math.max(count, 1);
  const nodes: LocalNode[] = [{ node: own, depth: 0, x: 0, y: 0 }];
  first.forEach((n, i) => {
    const a = angleOf(i, first.length);
    nodes.push({ node: n.node, depth: 1, x: round(radius[0] * Math.cos(a)), y: round(radius[0] * Math.sin(a)) });
  });
  // Far nodes fan out beside their near node, in the order they were taken.
  const perParent = new Map<number, number>();
  const children = new Map<number, number>();
  for (const s of second) children.set(s.parent, (children.get(s.parent) ?? 0) + 1);
  const slice = (2 * Math.PI) / Math.max(first.length, 1);
  for (const s of second) {
    const k = perParent.get(s.parent) ?? 0;
    perParent.set(s.parent, k + 1);
    const count = children.get(s.parent)!;
    const a = angleOf(s.parent, first.length) + slice * 0.8 * ((k + 0.5) / count - 0.5);
    nodes.push({ node: s.node, depth: 2, x: round(radius[1] * Math.cos(a)), y: round(radius[1] * Math.sin(a)) });
  }
  return { nodes, edges, neighbourCount: neighbours.length };
}
