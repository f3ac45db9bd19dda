import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildGraph, neighbourIndex } from '../../src/lib/graph-data.ts';
import { localGraph, nearestByKind } from '../../src/lib/local-graph.ts';

// Two papers sharing a concept, each citing a work; one concept related to another.
const graph = buildGraph({
  papers: [
    { id: 'li', title: 'Li', citations: [{ ref: 'frey-2016', kind: 'parenthetical' }, { ref: 'frey-2016', kind: 'narrative' }] },
    { id: 'zhang', title: 'Zhang', citations: [{ ref: 'gereffi-1994', kind: 'parenthetical' }] },
  ],
  concepts: [
    { slug: 'reshoring', term: 'Reshoring', related: ['nearshoring'] },
    { slug: 'nearshoring', term: 'Nearshoring', related: [] },
    { slug: 'gvc', term: 'Global value chain', related: [] },
  ],
  references: [
    { key: 'frey-2016', label: 'Frey 2016' },
    { key: 'gereffi-1994', label: 'Gereffi 1994' },
  ],
  occurrences: [
    { slug: 'reshoring', paperId: 'li' },
    { slug: 'reshoring', paperId: 'li' },
    { slug: 'gvc', paperId: 'li' },
    { slug: 'reshoring', paperId: 'zhang' },
  ],
});
const index = neighbourIndex(graph);
const byId = new Map(graph.nodes.map((n) => [n.id, n]));
const ids = (g: NonNullable<ReturnType<typeof localGraph>>, depth: number) => g.nodes.filter((n) => n.depth === depth).map((n) => n.node.id);

test('one step from a paper: its concepts and cited works, heaviest first (ties by name)', () => {
  const g = localGraph(index, byId, 'paper:li', { depth: 1 })!;
  assert.deepEqual(ids(g, 0), ['paper:li']);
  assert.deepEqual(ids(g, 1), ['ref:frey-2016', 'concept:reshoring', 'concept:gvc']);
  assert.equal(g.neighbourCount, 3);
  assert.deepEqual(ids(g, 2), []);
  assert.ok(g.edges.every((e) => e.source === 'paper:li'));
});

test('two steps from a paper reach the other paper through the shared concept, and the related concept', () => {
  const g = localGraph(index, byId, 'paper:li', { depth: 2 })!;
  assert.deepEqual(ids(g, 2).sort(), ['concept:nearshoring', 'paper:zhang']);
  assert.ok(g.edges.some((e) => e.source === 'concept:reshoring' && e.target === 'paper:zhang'));
});

test('caps keep a heavily linked node readable', () => {
  const g = localGraph(index, byId, 'paper:li', { depth: 2, near: 2, far: 1 })!;
  assert.deepEqual(ids(g, 1), ['ref:frey-2016', 'concept:reshoring']);
  assert.equal(ids(g, 2).length, 1);
  assert.equal(g.neighbourCount, 3);
});

test('nodes sit on rings around the centre, the same every time', () => {
  const a = localGraph(index, byId, 'concept:reshoring', { depth: 2, radius: [100, 200] })!;
  const b = localGraph(index, byId, 'concept:reshoring', { depth: 2, radius: [100, 200] })!;
  assert.deepEqual(a, b);
  for (const n of a.nodes) {
    const r = Math.hypot(n.x, n.y);
    assert.ok(Math.abs(r - [0, 100, 200][n.depth]!) < 0.2, `${n.node.id} at ${r}`);
  }
});

test('a node not in the graph has no local graph', () => {
  assert.equal(localGraph(index, byId, 'paper:nobody', { depth: 1 }), undefined);
});

// A paper using fourteen concepts, each more than it cites either of its two works.
const busy = buildGraph({
  papers: [{ id: 'li', title: 'Li', citations: [{ ref: 'calatayud-2025', kind: 'parenthetical' }, { ref: 'liu-2024', kind: 'narrative' }] }],
  concepts: Array.from({ length: 14 }, (_, i) => ({ slug: `c${String(i).padStart(2, '0')}`, term: `Concept ${String(i).padStart(2, "0")}`, related: i === 0 ? ['c13'] : [] })),
  references: [
    { key: 'calatayud-2025', label: 'Calatayud 2025' },
    { key: 'liu-2024', label: 'Liu 2024' },
  ],
  occurrences: Array.from({ length: 14 }, (_, i) => [{ slug: `c${String(i).padStart(2, '0')}`, paperId: 'li' }, { slug: `c${String(i).padStart(2, '0')}`, paperId: 'li' }]).flat(),
});
const busyIndex = neighbourIndex(busy);
const busyById = new Map(busy.nodes.map((n) => [n.id, n]));

test('the near ring takes each kind in turn: a paper\'s two cited works are drawn beside ten of its fourteen concepts', () => {
  const g = localGraph(busyIndex, busyById, 'paper:li', { depth: 2, near: 12 })!;
  const near = ids(g, 1);
  assert.equal(near.length, 12);
  assert.deepEqual(near.filter((id) => id.startsWith('ref:')).sort(), ['ref:calatayud-2025', 'ref:liu-2024']);
  assert.equal(near.filter((id) => id.startsWith('concept:')).length, 10);
  assert.equal(g.neighbourCount, 16);
  // Heaviest first, whatever the kind: the concepts (used twice) before the works (cited once).
  assert.deepEqual(near.slice(10), ['ref:calatayud-2025', 'ref:liu-2024']);
});

test('a neighbour left out of the near ring is never shown two steps away', () => {
  // c00 (drawn) is related to c13 (a direct neighbour the ring had no room for).
  const g = localGraph(busyIndex, busyById, 'paper:li', { depth: 2, near: 12 })!;
  const direct = new Set(busyIndex.get('paper:li')!.map((n) => n.node.id));
  assert.ok(!ids(g, 1).includes('concept:c13'));
  assert.deepEqual(ids(g, 2).filter((id) => direct.has(id)), []);
});

test('nearestByKind keeps every neighbour when there is room', () => {
  const all = busyIndex.get('paper:li')!;
  assert.deepEqual(nearestByKind(all, 50), all);
});
