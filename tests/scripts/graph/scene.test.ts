import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GraphEdge, GraphNode } from '../../../src/scripts/graph/model.ts';
import { filterScene, resolveEdges, weightFloor } from '../../../src/scripts/graph/scene.ts';

const node = (id: string, kind: GraphNode['kind']): GraphNode => ({ id, kind, label: id, href: `/${id}/`, weight: 1, x: 0, y: 0 });
const nodes = [node('p1', 'paper'), node('p2', 'paper'), node('c1', 'concept'), node('r1', 'reference')];
const link = (source: string, target: string, weight: number, kind: GraphEdge['kind'] = 'uses'): GraphEdge => ({ source, target, weight, kind });

test('links to a node the graph does not have are left out; the rest know their ends', () => {
  const edges = resolveEdges(nodes, [link('p1', 'c1', 2), link('p1', 'gone', 5)]);
  assert.deepEqual(edges.map((e) => [e.a.id, e.b.id]), [['p1', 'c1']]);
});

test('hiding a kind hides its nodes and every link to them; neighbours are only what is shown', () => {
  const edges = resolveEdges(nodes, [link('p1', 'c1', 2), link('p2', 'c1', 1), link('p1', 'r1', 3, 'cites'), link('p1', 'p2', 1, 'related')]);
  const all = filterScene(nodes, edges, new Set(['paper', 'concept', 'reference']), 1);
  assert.equal(all.edges.length, 4);
  assert.deepEqual([...all.neighbours.get('p1')!].sort(), ['c1', 'p2', 'r1']);

  const noReferences = filterScene(nodes, edges, new Set(['paper', 'concept']), 1);
  assert.deepEqual(noReferences.nodes.map((n) => n.id), ['p1', 'p2', 'c1']);
  assert.equal(noReferences.neighbours.has('r1'), false);
  assert.deepEqual([...noReferences.neighbours.get('p1')!].sort(), ['c1', 'p2']);

  const heavy = filterScene(nodes, edges, new Set(['paper', 'concept', 'reference']), 2);
  assert.deepEqual(heavy.edges.map((e) => `${e.source}-${e.target}`), ['p1-c1', 'p1-r1']);
  assert.deepEqual([...heavy.neighbours.get('p2')!], [], 'p2 keeps its place with no link shown');
});

test('the starting minimum weight leaves at most the budget of links, and is 1 when all fit', () => {
  const weights = [1, 1, 1, 2, 2, 3, 5, 8];
  const edges = weights.map((w, i) => link(`a${i}`, `b${i}`, w));
  assert.equal(weightFloor(edges, 8), 1);
  for (const budget of [1, 2, 3, 5, 7]) {
    const floor = weightFloor(edges, budget);
    const kept = weights.filter((w) => w >= floor).length;
    assert.ok(kept <= budget, `budget ${budget}: floor ${floor} keeps ${kept}`);
    assert.ok(weights.filter((w) => w >= floor - 1).length > budget || floor === 1, `budget ${budget}: floor ${floor} is the lightest that fits`);
  }
  // Never above the heaviest: the heaviest links always show.
  assert.equal(weightFloor([link('a', 'b', 4), link('c', 'd', 4)], 1), 4);
});
