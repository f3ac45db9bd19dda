/**
 * A force-directed layout of the collection graph, computed at build time so
 * the browser draws at once and every build draws the same picture: d3-force
 * with its randomness (and the starting positions) drawn from a small seeded
 * generator, run for a fixed number of ticks. Same graph and seed, same
 * positions, rounded to one decimal.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { startPool } from '../shared/worker-pool.ts';
import type { Graph, GraphEdge, GraphNode } from './graph-data.ts';
import { nodeRadius } from './node-radius.ts';
import { seededRandom } from '../shared/seeded-random.ts';

export interface PlacedNode extends GraphNode {
  x: number;
  y: number;
}

export interface PlacedGraph {
  nodes: PlacedNode[];
  edges: GraphEdge[];
}

export interface LayoutOptions {
  seed?: number;
  ticks?: number;
}


interface SimNode extends SimulationNodeDatum {
  id: string;
  weight: number;
}

const round = (v: number) => Math.round(v * 10) / 10 || 0; // no -0 in the JSON

export function layoutGraph(graph: Graph, options: LayoutOptions = {}): PlacedGraph {
  const { seed = 1, ticks = 160 } = options;
  const random = seededRandom(seed);
  // Start on a seeded disc: d3's own start (a phyllotaxis) ignores the seed.
  const spread = 30 * Math.sqrt(graph.nodes.length + 1);
  const sim: SimNode[] = graph.nodes.map((n) => {
    const r = spread * Math.sqrt(random());
    const a = 2 * Math.PI * random();
    return { id: n.id, weight: n.weight, x: r * Math.cos(a), y: r * Math.sin(a) };
  });
  const links: SimulationLinkDatum<SimNode>[] = graph.edges.map((e) => ({ source: e.source, target: e.target }));
  const strongest = graph.edges.reduce((max, e) => Math.max(max, e.weight), 1);
  const degree = new Map<string, number>();
  for (const e of graph.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const count = (n: SimNode) => degree.get(n.id) ?? 1;

  const simulation = forceSimulation<SimNode>(sim)
    .randomSource(random)
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(links)
        .id((d) => d.id)
        .distance(60)
        // Heavier links pull harder, within d3's default strength's range.
        .strength((l, i) => {
          const s = l.source as SimNode;
          const t = l.target as SimNode;
          const base = 1 / Math.min(count(s), count(t));
          return Math.min(1, base * (0.5 + graph.edges[i]!.weight / strongest));
        }),
    )
    .force('charge', forceManyBody<SimNode>().strength(-120).distanceMax(600).theta(1.2))
    // Weak pulls to the centre keep unconnected nodes from drifting away.
    .force('x', forceX<SimNode>(0).strength(0.04))
    .force('y', forceY<SimNode>(0).strength(0.04))
    // Cool down in `ticks` steps rather than d3's 300: the layout settles
    // well before, and at thousands of nodes every tick costs.
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .stop();

  // Overlaps are settled last: collision is the dearest force, and is only
  // needed once the layout has found its shape.
  const settle = Math.ceil(ticks / 3);
  simulation.tick(ticks - settle);
  simulation.force('collide', forceCollide<SimNode>((d) => nodeRadius(d.weight) + 4));
  simulation.tick(settle);
  return {
    nodes: graph.nodes.map((n, i) => ({ ...n, x: round(sim[i]!.x!), y: round(sim[i]!.y!) })),
    edges: graph.edges,
  };
}

/**
 * layoutGraph on a worker thread. The build generates pages on one thread,
 * so a collection's layout (seconds at thousands of nodes) started early runs
 * beside the pages instead of between them. `module` is the path of this
 * file's source: a bundled build cannot find it from its own URL.
 */
export async function layoutGraphOffThread(graph: Graph, module: string, options: LayoutOptions = {}): Promise<PlacedGraph> {
  const pool = startPool<{ graph: Graph; options: LayoutOptions }, PlacedGraph, null>({ name: 'graph layout thread', module, init: null, size: 1, kind: 'thread' });
  try {
    return await pool.request({ graph, options });
  } finally {
    await pool.close();
  }
}

/** The layout thread's work (see worker-pool.ts). */
export function createWork(): (request: { graph: Graph; options: LayoutOptions }) => PlacedGraph {
  return ({ graph, options }) => layoutGraph(graph, options);
}
