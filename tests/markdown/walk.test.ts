import assert from 'node:assert/strict';
import { test } from 'node:test';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { SKIP, some, walk } from '../../src/markdown/walk.ts';

type N = { type: string; value?: string; children?: N[] };

const tree = (): N & { children: N[] } =>
  unified()
    .use(remarkParse)
    .use(remarkDirective)
    .parse('# Title *here*\n\nA :cite[(Li, 2026)]{ref=li-2026} and **bold `code`**.\n\n- one\n- two [link](/x)\n\n> quoted') as never;

const label = (n: N) => (n.value === undefined ? n.type : `${n.type}:${n.value}`);

test('visits every node below the root in the order unist-util-visit does', () => {
  const expected: string[] = [];
  visit(tree() as never, (n: N) => void expected.push(label(n)));
  const seen: string[] = [];
  walk(tree(), (n) => void seen.push(label(n)));
  assert.deepEqual(seen, expected.slice(1)); // the root is not visited
  assert.ok(seen.includes('inlineCode:code') && seen.includes('textDirective') && seen.includes('text:quoted'));
});

test('gives each node its index and parent', () => {
  const t = tree();
  walk(t, (n, index, parent) => assert.equal(parent.children[index], n));
});

test('SKIP leaves the children of a node unvisited, and the walk goes on with its siblings', () => {
  const seen: string[] = [];
  walk(tree(), (n) => {
    seen.push(label(n));
    return n.type === 'paragraph' ? SKIP : undefined;
  });
  assert.ok(!seen.includes('textDirective') && !seen.includes('inlineCode:code'));
  assert.ok(seen.includes('text:Title ') && seen.includes('list') && seen.includes('blockquote'));
  assert.ok(!seen.includes('text:one') && !seen.includes('text:quoted')); // inside skipped paragraphs
});

test('a visitor may replace its node and say where to go on', () => {
  const t = tree();
  walk(t, (n, index, parent) => {
    if (n.type !== 'strong') return undefined;
    parent.children.splice(index, 1, ...n.children!);
    return index + n.children!.length;
  });
  const types: string[] = [];
  walk(t, (n) => void types.push(label(n)));
  assert.ok(!types.includes('strong'));
  // The lifted children are visited once each: as the strong node's children, then jumped over.
  const seen: string[] = [];
  const again = tree();
  walk(again, (n, index, parent) => {
    seen.push(label(n));
    if (n.type !== 'strong') return undefined;
    parent.children.splice(index, 1, ...n.children!);
    return index + n.children!.length;
  });
  assert.equal(seen.filter((l) => l === 'inlineCode:code').length, 1);
  assert.equal(seen.filter((l) => l === 'text:.').length, 1);
});

test('some finds a node at any depth, and stops at the first', () => {
  let asked = 0;
  assert.equal(some(tree(), (n) => (asked++, n.type === 'inlineCode')), true);
  const all: string[] = [];
  walk(tree(), (n) => void all.push(n.type));
  assert.ok(asked < all.length, 'stopped early');
  assert.equal(some(tree(), (n) => n.type === 'table'), false);
  assert.equal(some(tree(), (n) => n.type === 'text' && n.value === 'quoted'), true);
});
