/**
 * What the drawing on /graph/ knows at any moment: the graph as loaded, the
 * view, the filters, the hover and the selection. One object the parts of the
 * script share (the render loop, zoom and pan, keyboard, pointer, filters),
 * so each is a module of its own rather than a branch of one closure.
 */
import { type ZoomTransform, zoomIdentity } from 'd3-zoom';
import type { Edge, GraphEdge, GraphNode, NodeKind } from './model.ts';
import type { Palette } from './palette.ts';
import { filterScene, resolveEdges, type Scene } from './scene.ts';

export interface GraphState {
  readonly nodes: GraphNode[];
  readonly edges: Edge[];
  readonly byId: Map<string, GraphNode>;
  /** The heaviest link's weight, which the widest line stands for. */
  readonly heaviest: number;
  palette: Palette;
  transform: ZoomTransform;
  width: number;
  height: number;
  shownKinds: Set<NodeKind>;
  minWeight: number;
  hovered: GraphNode | undefined;
  selected: GraphNode | undefined;
  scene: Scene;
  /** A drag is panning the view (no hover meanwhile). */
  dragging: boolean;
}

export function graphState(data: { nodes: GraphNode[]; edges: GraphEdge[] }, palette: Palette): GraphState {
  const edges = resolveEdges(data.nodes, data.edges);
  const shownKinds = new Set<NodeKind>(['paper', 'concept', 'reference']);
  return {
    nodes: data.nodes,
    edges,
    byId: new Map(data.nodes.map((n) => [n.id, n])),
    heaviest: edges.reduce((max, e) => Math.max(max, e.weight), 1),
    palette,
    transform: zoomIdentity,
    width: 0,
    height: 0,
    shownKinds,
    minWeight: 1,
    hovered: undefined,
    selected: undefined,
    scene: filterScene(data.nodes, edges, shownKinds, 1),
    dragging: false,
  };
}
