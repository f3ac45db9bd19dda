/**
 * What the drawing shows under the reader's filters: the kinds of node shown
 * and the lightest link weight, and which marks each shown mark links to.
 */
import type { Edge, GraphEdge, GraphNode, NodeKind } from './model.ts';

export interface Scene {
  nodes: GraphNode[];
  edges: Edge[];
  /** For each shown node, the ids of the shown nodes it links to. */
  neighbours: Map<string, Set<string>>;
}

/** The links whose ends are both known, each with its ends (a link to a missing node is left out). */
export function resolveEdges(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): Edge[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return edges.flatMap((e) => {
    const a = byId.get(e.source);
    const b = byId.get(e.target);
    return a && b ? [{ ...e, a, b }] : [];
  });
}

export function filterScene(nodes: readonly GraphNode[], edges: readonly Edge[], shownKinds: ReadonlySet<NodeKind>, minWeight: number): Scene {
  const shown = nodes.filter((n) => shownKinds.has(n.kind));
  const links = edges.filter((e) => e.weight >= minWeight && shownKinds.has(e.a.kind) && shownKinds.has(e.b.kind));
  const neighbours = new Map(shown.map((n) => [n.id, new Set<string>()]));
  for (const e of links) {
    neighbours.get(e.source)?.add(e.target);
    neighbours.get(e.target)?.add(e.source);
  }
  return { nodes: shown, edges: links, neighbours };
}

/**
 * The lightest minimum link weight that leaves at most `budget` links (1 when
 * all fit): thousands of links make a hairball, and a slow one.
 */
export function weightFloor(edges: readonly GraphEdge[], budget: number): number {
  if (edges.length <= budget) return 1;
  const weights = edges.map((e) => e.weight).sort((a, b) => b - a);
  return Math.min(weights[budget]! + 1, weights[0]!);
}
