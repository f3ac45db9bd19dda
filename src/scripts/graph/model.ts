/** The collection graph as /graph.json gives it to the drawing (the build's own types), and the few facts the drawing's modules share. */
import type { EdgeKind, GraphEdge, NodeKind } from '../../lib/graph-data.ts';
import type { PlacedNode } from '../../lib/graph-layout.ts';
import { nodeRadius } from '../../lib/node-radius.ts';

export type { EdgeKind, GraphEdge, NodeKind };
/** A node where the build's layout placed it. */
export type GraphNode = PlacedNode;

/** A link with its two ends looked up once, for drawing. */
export interface Edge extends GraphEdge {
  a: GraphNode;
  b: GraphNode;
}

export const KIND_NAME: Record<NodeKind, string> = { paper: 'paper', concept: 'concept', reference: 'cited work' };

export const radiusOf = (n: GraphNode) => nodeRadius(n.weight);

export const clip = (text: string, max = 40) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
