/**
 * The graph's build-time layout is deterministic: the same graph and seed
 * give the same positions (rounded to one decimal), another seed another
 * picture, and connected nodes end up nearer each other than the rest.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildGraph } from '../../src/lib/graph-data.ts';
import { fileURLToPath } from 'node:url';
import { layoutGraph, layoutGraphOffThread } from '../../src/lib/graph-layout.ts';
import { seededRandom } from '../../src/shared/seeded-random.ts';

const papers = Array.from({ length: 6 }, (_, i) => ({
  id: `p${i}`,
  title: `Paper ${i}`,
  citations: [{ ref: `w${i % 3}`, kind: 'parenthetical' }, { ref: `w${(i + 1) % 4}`, kind: 'narrative' }],
}));
const concepts = Array.from({ length: 10 }, (_, i) => ({ slug: `c${i}`, term: `Concept ${i}`, related: i > 0 ? [`c${i - 1}`] : [] }));
const occurrences = papers.flatMap((p, i) => Array.from({ length: 1 + (i % 3) }, (_, j) => ({ slug: `c${(i * 2 + j) % 10}`, paperId: p.id })));
const graph = buildGraph({ papers, concepts, references: [], occurrences });

describe('layoutGraph', () => {
  test('same graph, same seed: the same positions', () => {
    const a = layoutGraph(graph, { seed: 7 });
    const b = layoutGraph(structuredClone(graph), { seed: 7 });
    assert.deepEqual(a, b);
    assert.deepEqual(layoutGraph(graph), layoutGraph(graph), 'the default seed too');
  });

  test('another seed: other positions', () => {
    const a = layoutGraph(graph, { seed: 1 });
    const b = layoutGraph(graph, { seed: 2 });
    assert.notDeepEqual(
      a.nodes.map((n) => [n.x, n.y]),
      b.nodes.map((n) => [n.x, n.y]),
    );
  });

  test('keeps every node and edge, in order, with finite positions rounded to one decimal', () => {
    const placed = layoutGraph(graph);
    assert.deepEqual(
      placed.nodes.map(({ x: _x, y: _y, ...n }) => n),
      graph.nodes,
    );
    assert.deepEqual(placed.edges, graph.edges);
    for (const n of placed.nodes) {
      for (const v of [n.x, n.y]) {
        assert.ok(Number.isFinite(v), `${n.id}: ${v}`);
        assert.equal(Math.round(v * 10) / 10, v);
        assert.ok(!Object.is(v, -0));
      }
    }
  });

  test('does not move the input graph', () => {
    const copy = structuredClone(graph);
    layoutGraph(graph);
    assert.deepEqual(graph, copy);
  });

  test('linked nodes lie closer together than unlinked ones, on average', () => {
    const placed = layoutGraph(graph);
    const at = new Map(placed.nodes.map((n) => [n.id, n]));
    const distance = (a: string, b: string) => Math.hypot(at.get(a)!.x - at.get(b)!.x, at.get(a)!.y - at.get(b)!.y);
    const linked = new Set(graph.edges.map((e) => `${e.source} ${e.target}`));
    let [near, nearCount, far, farCount] = [0, 0, 0, 0];
    for (const a of placed.nodes) {
      for (const b of placed.nodes) {
        if (a.id >= b.id) continue;
        if (linked.has(`${a.id} ${b.id}`) || linked.has(`${b.id} ${a.id}`)) [near, nearCount] = [near + distance(a.id, b.id), nearCount + 1];
        else [far, farCount] = [far + distance(a.id, b.id), farCount + 1];
      }
    }
    assert.ok(near / nearCount < far / farCount, `${near / nearCount} < ${far / farCount}`);
  });

  test('on a worker thread: the same positions as on this one', async () => {
    const module = fileURLToPath(new URL('../../src/lib/graph-layout.ts', import.meta.url));
    assert.deepEqual(await layoutGraphOffThread(graph, module, { seed: 7 }), layoutGraph(graph, { seed: 7 }));
    await assert.rejects(layoutGraphOffThread(graph, '/nonexistent/worker.ts'), 'a worker that cannot start fails the layout');
  });

  test('an empty graph lays out', () => {
    assert.deepEqual(layoutGraph({ nodes: [], edges: [] }), { nodes: [], edges: [] });
  });
});

test('seededRandom: repeatable, in [0, 1), seed-dependent', () => {
  const a = seededRandom(42);
  const b = seededRandom(42);
  const xs = Array.from({ length: 100 }, () => a());
  assert.deepEqual(xs, Array.from({ length: 100 }, () => b()));
  assert.ok(xs.every((x) => x >= 0 && x < 1));
  assert.notDeepEqual(xs.slice(0, 5), Array.from({ length: 5 }, seededRandom(43)));
});
