/**
 * The collection graph: papers, the concepts they use and the works they
 * cite, as nodes and weighted edges. Derived from the same model the pages
 * use (the papers' citations, the concordance the glossary linker recorded,
 * the glossary's related concepts), once per build.
 *
 * - paper → concept ("uses"): weight = occurrences of the concept in the paper;
 * - paper → work ("cites"): weight = citations of the work in the paper
 *   (numbered citations point into the paper's own list and are left out);
 * - concept — concept ("related"): weight 1, once per pair however many
 *   entries name the other.
 *
 * A node's weight is the sum of the weights of its edges. The functions here
 * take plain arrays, so they run (and are tested) without Astro;
 * `collectionGraph()` reads the collections.
 */
import { fileURLToPath } from 'node:url';
import { withBase } from '../markdown/directives.ts';
import { layoutGraphOffThread, type PlacedGraph } from './graph-layout.ts';

export type NodeKind = 'paper' | 'concept' | 'reference';
export type EdgeKind = 'uses' | 'cites' | 'related';

export const NODE_KINDS: readonly NodeKind[] = ['paper', 'concept', 'reference'];
export const EDGE_KINDS: readonly EdgeKind[] = ['uses', 'cites', 'related'];

export interface GraphNode {
  /** `paper:<id>`, `concept:<slug>` or `ref:<key>`. */
  id: string;
  kind: NodeKind;
  label: string;
  /** Site-relative URL of the node's page. */
  href: string;
  weight: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  kind: EdgeKind;
  weight: number;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface GraphPaper {
  id: string;
  title: string;
  citations: readonly { ref: string; kind: string }[];
}

export interface GraphConcept {
  slug: string;
  term: string;
  related: readonly string[];
}

export interface GraphReference {
  key: string;
  label: string;
}

/** One use of a concept in a paper (a concordance entry). */
export interface GraphOccurrence {
  slug: string;
  paperId: string;
}

export interface GraphInput {
  papers: readonly GraphPaper[];
  concepts: readonly GraphConcept[];
  references: readonly GraphReference[];
  occurrences: readonly GraphOccurrence[];
}

/** Where each kind of node lives on the site. */
export interface GraphLinks {
  paper(id: string): string;
  concept(slug: string): string;
  reference(key: string): string;
}

/** The site's URLs under a given base ("/" or "/folio/"). */
export function linksUnder(base: string): GraphLinks {
  return {
    paper: (id) => withBase(base, `papers/${id}/`),
    concept: (slug) => withBase(base, `glossary/${slug}/`),
    reference: (key) => withBase(base, `references/${key}/`),
  };
}

export const paperNode = (id: string) => `paper:${id}`;
export const conceptNode = (slug: string) => `concept:${slug}`;
export const referenceNode = (key: string) => `ref:${key}`;

const KIND_ORDER: Record<NodeKind, number> = { paper: 0, concept: 1, reference: 2 };
const EDGE_ORDER: Record<EdgeKind, number> = { uses: 0, cites: 1, related: 2 };

/** The graph of the collection; nodes and edges in a stable order, whatever the input order. */
export function buildGraph(input: GraphInput, links: GraphLinks = linksUnder('/')): Graph {
  const nodes = new Map<string, GraphNode>();
  const add = (node: Omit<GraphNode, 'weight'>) => {
    if (!nodes.has(node.id)) nodes.set(node.id, { ...node, weight: 0 });
  };
  for (const p of input.papers) add({ id: paperNode(p.id), kind: 'paper', label: p.title, href: links.paper(p.id) });
  const concepts = new Map(input.concepts.map((c) => [c.slug, c]));
  for (const c of input.concepts) add({ id: conceptNode(c.slug), kind: 'concept', label: c.term, href: links.concept(c.slug) });
  const labels = new Map(input.references.map((r) => [r.key, r.label]));

  const edges = new Map<string, GraphEdge>();
  const bump = (kind: EdgeKind, source: string, target: string, weight: number) => {
    const key = `${kind}\u0000${source}\u0000${target}`;
    const edge = edges.get(key);
    if (edge) edge.weight += weight;
    else edges.set(key, { source, target, kind, weight });
  };

  const paperIds = new Set(input.papers.map((p) => p.id));
  for (const o of input.occurrences) {
    if (paperIds.has(o.paperId) && concepts.has(o.slug)) bump('uses', paperNode(o.paperId), conceptNode(o.slug), 1);
  }
  for (const p of input.papers) {
    for (const c of p.citations) {
      if (c.kind === 'numbered') continue;
      add({ id: referenceNode(c.ref), kind: 'reference', label: labels.get(c.ref) ?? c.ref, href: links.reference(c.ref) });
      bump('cites', paperNode(p.id), referenceNode(c.ref), 1);
    }
  }
  for (const c of input.concepts) {
    for (const other of c.related) {
      if (other === c.slug || !concepts.has(other)) continue;
      const [a, b] = [c.slug, other].sort();
      const key = `related\u0000${conceptNode(a!)}\u0000${conceptNode(b!)}`;
      if (!edges.has(key)) edges.set(key, { source: conceptNode(a!), target: conceptNode(b!), kind: 'related', weight: 1 });
    }
  }

  for (const e of edges.values()) {
    nodes.get(e.source)!.weight += e.weight;
    nodes.get(e.target)!.weight += e.weight;
  }
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    nodes: [...nodes.values()].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || byId(a.id, b.id)),
    edges: [...edges.values()].sort((a, b) => EDGE_ORDER[a.kind] - EDGE_ORDER[b.kind] || byId(a.source, b.source) || byId(a.target, b.target)),
  };
}

export interface Neighbour {
  node: GraphNode;
  kind: EdgeKind;
  weight: number;
}

/** Each node's neighbours, heaviest link first, then by label. */
export function neighbourIndex(graph: Graph): Map<string, Neighbour[]> {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const index = new Map<string, Neighbour[]>(graph.nodes.map((n) => [n.id, []]));
  for (const e of graph.edges) {
    index.get(e.source)?.push({ node: byId.get(e.target)!, kind: e.kind, weight: e.weight });
    index.get(e.target)?.push({ node: byId.get(e.source)!, kind: e.kind, weight: e.weight });
  }
  for (const list of index.values()) list.sort((a, b) => b.weight - a.weight || a.node.label.localeCompare(b.node.label, 'en'));
  return index;
}

export interface TermMap {
  /** Concepts used by at least one paper, A to Z. */
  concepts: GraphNode[];
  papers: GraphNode[];
  /** Occurrences of a concept (by node id) in a paper (by node id); absent when none. */
  count(concept: string, paper: string): number | undefined;
}

/** Concepts × papers: how often each paper uses each concept, from the "uses" edges. */
export function termMap(graph: Graph): TermMap {
  const cells = new Map<string, number>();
  const used = new Set<string>();
  for (const e of graph.edges) {
    if (e.kind !== 'uses') continue;
    cells.set(`${e.target}\u0000${e.source}`, e.weight);
    used.add(e.target);
  }
  return {
    concepts: graph.nodes.filter((n) => n.kind === 'concept' && used.has(n.id)).sort((a, b) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base' })),
    papers: graph.nodes.filter((n) => n.kind === 'paper'),
    count: (concept, paper) => cells.get(`${concept}\u0000${paper}`),
  };
}

let graphOnce: Promise<Graph> | undefined;
let layoutOnce: Promise<PlacedGraph> | undefined;

/**
 * Where the layout's source is, for its thread. The build defines it (astro.config.mjs),
 * as its bundle has moved this code; elsewhere it is beside this file. The
 * path is put together so that the bundler does not take it for an asset.
 */
const LAYOUT_MODULE: string = import.meta.env?.FOLIO_GRAPH_LAYOUT ?? fileURLToPath(new URL(['.', 'graph-layout.ts'].join('/'), import.meta.url));

/** The collection's graph, read from the content collections once per build. */
export function collectionGraph(): Promise<Graph> {
  if (!graphOnce) {
    graphOnce = readCollectionGraph();
    // In a build, the first page to read the graph starts its layout on
    // another thread, so /graph.json finds it done (see layoutGraphOffThread).
    if (import.meta.env?.PROD) void collectionLayout().catch(() => undefined);
  }
  return graphOnce;
}

/** The collection graph with its seeded layout, computed once per build off the page thread. */
export function collectionLayout(): Promise<PlacedGraph> {
  return (layoutOnce ??= collectionGraph().then((graph) => layoutGraphOffThread(graph, LAYOUT_MODULE)));
}

async function readCollectionGraph(): Promise<Graph> {
  // Loaded here, not at the top, so the pure functions above run without Astro.
  const [{ allPapers, concordance, glossaryBySlug, referencesByKey, workHrefs }, { displayTitle }, { href, paperHref }] = await Promise.all([
    import('./collection.ts'),
    import('./bibliographic.ts'),
    import('./urls.ts'),
  ]);
  const [papers, glossary, references, kwic, workHref] = await Promise.all([allPapers(), glossaryBySlug(), referencesByKey(), concordance(), workHrefs()]);
  return buildGraph(
    {
      papers: papers.map((p) => ({ id: p.id, title: displayTitle(p.data), citations: p.data.citations })),
      concepts: [...glossary.values()].map((e) => ({ slug: e.id, term: e.data.term, related: e.data.related })),
      references: [...references.values()].map((r) => ({ key: r.id, label: r.data.label })),
      occurrences: [...kwic.values()].flat(),
    },
    { paper: (id) => paperHref(id), concept: (slug) => href(`glossary/${slug}/`), reference: workHref },
  );
}

let termMapOnce: Promise<TermMap> | undefined;

/** The collection's term map, derived once per build for the pages of its table. */
export function collectionTermMap(): Promise<TermMap> {
  return (termMapOnce ??= collectionGraph().then(termMap));
}

let neighboursOnce: Promise<{ index: Map<string, Neighbour[]>; byId: Map<string, GraphNode> }> | undefined;

/** Every node's neighbours in the collection graph, derived once per build for the local graphs. */
export function collectionNeighbours(): Promise<{ index: Map<string, Neighbour[]>; byId: Map<string, GraphNode> }> {
  return (neighboursOnce ??= collectionGraph().then((graph) => ({ index: neighbourIndex(graph), byId: new Map(graph.nodes.map((n) => [n.id, n])) })));
}
