/**
 * /graph.json: the collection graph with its build-time layout, for the
 * drawing on /graph/ (and for anyone who wants the data).
 */
import { collectionGraph } from '../lib/graph-data.ts';
import { layoutGraph } from '../lib/graph-layout.ts';

export async function GET() {
  const graph = layoutGraph(await collectionGraph());
  return new Response(`${JSON.stringify(graph)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
