import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GraphNode } from '../../../src/scripts/graph/model.ts';
import { fitView, nodeAt, screenRadius, screenX, screenY } from '../../../src/scripts/graph/view.ts';

const at = (id: string, x: number, y: number, weight = 1): GraphNode => ({ id, kind: 'paper', label: id, href: `/${id}/`, weight, x, y });

test('the fitted view shows every mark inside the canvas, centred', () => {
  const nodes = [at('a', -300, -50), at('b', 500, 120, 30), at('c', 40, 900)];
  const [width, height] = [800, 600];
  const view = fitView(nodes, width, height)!;
  for (const n of nodes) {
    const [x, y, r] = [screenX(view, n), screenY(view, n), screenRadius(view, n)];
    assert.ok(x - r >= 0 && x + r <= width && y - r >= 0 && y + r <= height, `${n.id} at ${x}, ${y} fits`);
  }
  const xs = nodes.map((n) => screenX(view, n));
  assert.ok(Math.abs((Math.min(...xs) + Math.max(...xs)) / 2 - width / 2) < 20, 'centred across');
  assert.equal(fitView(nodes, 0, 0), null, 'not before the canvas is laid out');
  assert.equal(fitView([], width, height), null);
});

test('the mark under the pointer is found within its radius and a little more, the nearest where marks overlap', () => {
  const view = { x: 10, y: 20, k: 2 };
  const nodes = [at('a', 0, 0), at('b', 3, 0)];
  // a is drawn at (10, 20), b at (16, 20).
  assert.equal(nodeAt(view, nodes, 11, 20)!.id, 'a');
  assert.equal(nodeAt(view, nodes, 15, 21)!.id, 'b');
  assert.equal(nodeAt(view, nodes, 10, 20 + screenRadius(view, nodes[0]!) + 2)!.id, 'a');
  assert.equal(nodeAt(view, nodes, 100, 100), undefined);
});
