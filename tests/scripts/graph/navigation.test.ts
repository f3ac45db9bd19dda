import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GraphNode } from '../../../src/scripts/graph/model.ts';
import { describe, nearestTo, step, TYPING_PAUSE_MS, typeAhead } from '../../../src/scripts/graph/navigation.ts';

const at = (id: string, x: number, y: number, label = id, weight = 1): GraphNode => ({ id, kind: 'concept', label, href: `/${id}/`, weight, x, y });

test('an arrow moves to the nearest mark ahead, favouring those straight ahead over nearer ones off to the side', () => {
  const from = at('o', 0, 0);
  const ahead = at('ahead', 10, 0);
  const aside = at('aside', 4, 4); // nearer, but well off the line
  const behind = at('behind', -1, 0);
  const nodes = [from, ahead, aside, behind];
  assert.equal(step(nodes, from, 1, 0), ahead);
  assert.equal(step(nodes, from, -1, 0), behind);
  assert.equal(step(nodes, from, 0, 1), aside);
  assert.equal(step(nodes, from, 0, -1), undefined, 'nothing above');
});

test('with nothing selected, the first arrow picks the mark drawn nearest the middle', () => {
  const nodes = [at('a', 0, 0), at('b', 50, 50), at('c', 100, 0)];
  assert.equal(nearestTo(nodes, (n) => [n.x, n.y], 48, 40)!.id, 'b');
  assert.equal(nearestTo([], (n) => [n.x, n.y], 0, 0), undefined);
});

test('typing a name selects the first mark, alphabetically, that starts with it; a pause starts a new name', () => {
  const nodes = [at('1', 0, 0, 'Reshoring'), at('2', 0, 0, 'resilience'), at('3', 0, 0, 'Global value chain')];
  const keys = typeAhead(() => nodes);
  assert.equal(keys.key('r', 0)!.label, 'Reshoring', 'h before i, whatever the case');
  assert.equal(keys.key('e', 100)!.label, 'Reshoring');
  assert.equal(keys.key('s', 200)!.label, 'Reshoring');
  assert.equal(keys.typing(300), true);
  assert.equal(keys.key('i', 300)!.label, 'resilience');
  assert.equal(keys.key('x', 400), undefined, 'no mark is named "resix"');
  assert.equal(keys.typing(400 + TYPING_PAUSE_MS), false);
  assert.equal(keys.key('g', 401 + TYPING_PAUSE_MS)!.label, 'Global value chain');
  keys.reset();
  assert.equal(keys.typing(402 + TYPING_PAUSE_MS), false);
});

test('a selection is announced with its kind and its heaviest neighbours, five at most', () => {
  const neighbours = Array.from({ length: 7 }, (_, i) => at(`n${i}`, 0, 0, `Neighbour ${i}`, i));
  const byId = new Map(neighbours.map((n) => [n.id, n]));
  const paper: GraphNode = { ...at('p', 0, 0, 'Supply chains'), kind: 'paper' };
  assert.equal(
    describe(paper, new Set(neighbours.map((n) => n.id)), byId),
    'Supply chains (paper), 7 links: Neighbour 6; Neighbour 5; Neighbour 4; Neighbour 3; Neighbour 2, and 2 more.',
  );
  assert.equal(describe({ ...paper, kind: 'reference' }, new Set(['n1']), byId), 'Supply chains (cited work), 1 link: Neighbour 1.');
  assert.equal(describe(paper, new Set(), byId), 'Supply chains (paper), no links shown.');
});
