/**
 * /graph.json: the collection graph with its build-time layout, for the
 * drawing on /graph/ (and for anyone who wants the data).
 */
import { collectionLayout } from '../lib/graph-data.ts';

export async function GET() {
  const graph = await collectionLayout();
  return new Response(`${JSON.stringify(graph)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
