/**
 * The lean text handler writes exactly what mdast-util-to-markdown's own
 * does, whatever characters the text holds and wherever the text sits
 * (paragraph, heading, list item, directive label, next to other nodes).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PhrasingContent, Root } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { SERIALISE_OPTIONS, serialiseMdast } from '../../../src/ingest/write/to-markdown.ts';
import { seededRandom } from '../../../src/shared/seeded-random.ts';

const library = (tree: Root) => toMarkdown(tree, SERIALISE_OPTIONS);

/** Every character some unsafe pattern names, with letters, digits and spaces around them. */
const ALPHABET = [...'\t\r\n !"#$&\'()*+-.:<=>[\\]_`|~\u007f\u0000\u001f', ...'ab1 9', '“', '’', '汉'];

function randomText(next: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return text;
}

function treeAround(text: string, other: string): Root {
  const inline = (value: string): PhrasingContent[] => [
    { type: 'text', value },
    { type: 'textDirective', name: 'cite', attributes: { ref: 'x-2020' }, children: [{ type: 'text', value: other }] },
    { type: 'text', value: other },
  ];
  return {
    type: 'root',
    children: [
      { type: 'heading', depth: 2, children: inline(text) },
      { type: 'paragraph', children: inline(text) },
      { type: 'list', ordered: true, start: 3, spread: false, children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: inline(other) }] }] },
      { type: 'paragraph', children: [{ type: 'text', value: text }] },
    ],
  };
}

test('text the author wrote as syntax comes out as the library escapes it', () => {
  for (const text of ['US$5 billion and $10 billion', '*not emphasis* _nor this_', '<5% of [1] `code`', '# not a heading', '1. not a list', '- not a list', 'a | b ~~c~~', ':cite[x]{ref=y}', 'x \\ y', 'plain prose, with a comma.']) {
    const tree = treeAround(text, text);
    assert.equal(serialiseMdast(tree), library(tree), text);
  }
});

test('random texts over every unsafe character come out as the library writes them', () => {
  // Seeded, so a failure can be replayed.
  const next = seededRandom(20261124);
  for (let i = 0; i < 2000; i++) {
    const tree = treeAround(randomText(next, 1 + Math.floor(next() * 24)), randomText(next, Math.floor(next() * 6)));
    assert.equal(serialiseMdast(tree), library(tree));
  }
});
