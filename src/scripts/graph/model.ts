/** The collection graph as /graph.json gives it to the drawing, and the few facts the drawing's modules share. */
export type NodeKind = 'paper' | 'concept' | 'reference';
export type EdgeKind = 'uses' | 'cites' | 'related';

export interface GraphNode {
  id: string;
  kind: NodeKind;
  label: string;
  href: string;
  weight: number;
  x: number;
  y: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  kind: EdgeKind;
  weight: number;
}

/** A link with its two ends looked up once, for drawing. */
export interface Edge extends GraphEdge {
  a: GraphNode;
  b: GraphNode;
}

export const KIND_NAME: Record<NodeKind, string> = { paper: 'paper', concept: 'concept', reference: 'cited work' };

/** As graph-layout.ts's nodeRadius: the radius in layout units. */
export const radiusOf = (n: GraphNode) => Math.min(28, 4 + 2 * Math.sqrt(n.weight));

export const clip = (text: string, max = 40) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
