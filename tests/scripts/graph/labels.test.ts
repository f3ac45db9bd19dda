import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { type LabelCandidate, labelOrder, overlaps, placeLabels } from '../../../src/scripts/graph/labels.ts';
import type { GraphNode, NodeKind } from '../../../src/scripts/graph/model.ts';

const node = (id: string, kind: NodeKind, weight: number): GraphNode => ({ id, kind, label: id, href: `/${id}/`, weight, x: 0, y: 0 });
const at = (n: GraphNode, x: number, y: number, width = 60): LabelCandidate => ({ node: n, x, y, r: 5, width });

test('papers are labelled first, then concepts and cited works in turn, each by weight', () => {
  const nodes = [node('c1', 'concept', 50), node('c2', 'concept', 40), node('c3', 'concept', 30), node('r1', 'reference', 2), node('r2', 'reference', 1), node('p1', 'paper', 1)];
  assert.deepEqual(labelOrder(nodes.map((n) => ({ node: n }))).map((c) => c.node.id), ['p1', 'c1', 'r1', 'c2', 'r2', 'c3']);
});

test('a label that would run past the right edge goes to the left of its mark, a crowded one a line above or below; one that fits nowhere is left out', () => {
  const [near, far] = [node('edge', 'concept', 5), node('clash', 'concept', 4)];
  const placed = placeLabels([at(near, 780, 100), at(far, 790, 104)], 800, 600);
  assert.equal(placed.length, 2);
  assert.ok(placed[0]!.x < 780 && placed[0]!.y === 100, 'flipped to the left');
  assert.ok(placed[1]!.y !== 104, 'moved a line up or down');
  const strip = placeLabels([at(near, 780, 12), at(far, 790, 12)], 800, 24);
  assert.deepEqual(strip.map((p) => p.node.id), ['edge'], 'no room above or below in a strip 24 px high');
});

test('property: no two labels overlap and none leaves the canvas', () => {
  const kinds: NodeKind[] = ['paper', 'concept', 'reference'];
  fc.assert(
    fc.property(
      fc.array(fc.record({ x: fc.double({ min: -50, max: 850, noNaN: true }), y: fc.double({ min: -50, max: 650, noNaN: true }), w: fc.integer({ min: 10, max: 300 }), k: fc.integer({ min: 0, max: 2 }), weight: fc.integer({ min: 1, max: 50 }) }), { maxLength: 120 }),
      (marks) => {
        const candidates = labelOrder(marks.map((m, i) => at(node(`n${i}`, kinds[m.k]!, m.weight), m.x, m.y, m.w)));
        const placed = placeLabels(candidates, 800, 600);
        for (const [i, a] of placed.entries()) {
          assert.ok(a.box[0] >= 0 && a.box[2] <= 800 && a.box[1] >= 0 && a.box[3] <= 600);
          for (const b of placed.slice(i + 1)) assert.ok(!overlaps(a.box, b.box));
        }
      },
    ),
    { numRuns: 200 },
  );
});

test('with concepts hidden, cited works are labelled (they were unlabelled diamonds below a weight threshold)', () => {
  const works = Array.from({ length: 8 }, (_, i) => at(node(`work${i}`, 'reference', 1), 100, 40 + i * 60));
  assert.equal(placeLabels(labelOrder(works), 800, 600).length, 8);
});
