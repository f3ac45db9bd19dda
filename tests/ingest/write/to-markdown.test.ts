/**
 * The Markdown the ingest writes reads back, with the reader's own parser
 * settings, as exactly the author's text:
 * no "$" becomes math, no "*" emphasis, no "<5%" HTML, no "www." a link; and
 * page markers, citations and missing-page notices come back as directives.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Nodes, Root } from 'mdast';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mathFromMarkdown } from 'mdast-util-math';
import { directive } from 'micromark-extension-directive';
import { math } from 'micromark-extension-math';
import { visit } from 'unist-util-visit';
import { ingest } from '../../../src/ingest/pipeline.ts';
import { paperToMdast, serialiseMdast } from '../../../src/ingest/write/to-markdown.ts';
import { fromMarkdownGfm, micromarkGfm } from '../../../src/shared/markdown-gfm.ts';
import type { Paper } from '../../../src/model/schema.ts';
import { fixtureFiles, seedFiles } from '../../helpers/corpus.ts';

function parse(markdown: string): Root {
  return fromMarkdown(markdown, {
    extensions: [directive(), math({ singleDollarTextMath: false }), ...micromarkGfm()],
    mdastExtensions: [directiveFromMarkdown(), mathFromMarkdown(), ...fromMarkdownGfm()],
  });
}

function plain(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plain).join('');
  return '';
}

/** Text of each block as the reader's parser sees it, in document order. */
function blockTexts(tree: Root): string[] {
  const out: string[] = [];
  for (const node of tree.children) {
    if (node.type === 'list') for (const item of node.children) out.push(plain(item));
    else if (node.type === 'heading') out.push(plain(node));
    else if (node.type === 'paragraph') {
      const text = plain(node);
      if (text !== '') out.push(text);
    }
  }
  return out;
}

function checkRoundTrip(paper: Paper) {
  const tree = parse(serialiseMdast(paperToMdast(paper)));
  assert.deepEqual(blockTexts(tree), paper.blocks.map((b) => b.text), paper.id);
  const forbidden = new Set(['inlineMath', 'math', 'emphasis', 'strong', 'link', 'html', 'delete', 'inlineCode', 'code', 'footnoteReference', 'table', 'image']);
  visit(tree, (node) => assert.ok(!forbidden.has(node.type), `${paper.id}: source text became ${node.type}`));
  const cites: string[] = [];
  visit(tree, 'textDirective', (node) => {
    if (node.name === 'cite') cites.push(`${plain(node)}|${node.attributes?.ref ?? `#ref-${node.attributes?.n}`}`);
  });
  const expected = [...new Map(paper.citations.map((c) => [`${c.block}:${c.start}`, `${c.text}|${c.kind === 'numbered' ? `#ref-${c.number}` : c.ref}`])).values()];
  assert.deepEqual(cites, expected);
}

test('seeds: Markdown reads back as the model text', () => {
  for (const paper of ingest(seedFiles()).papers) checkRoundTrip(paper);
});

test('fixture pages: Markdown reads back as the model text', () => {
  for (const paper of ingest(fixtureFiles()).papers) checkRoundTrip(paper);
});

/** A one-page web article made of the given blocks, nothing else. */
function articleOf(blocks: Paper['blocks']): Paper {
  return {
    id: 'x', type: 'article', title: 'T', author: [], language: 'en', formatted: { apa: '', chicago: '', mla: '', bibtex: '', ris: '' }, pages: [{ source: 's.txt', number: null, sha256: '0'.repeat(64), kind: 'web-article' }],
    missing: [], definitions: [], citations: [], terms: [], dropped: [], blocks,
  };
}

test('dangerous characters stay text', () => {
  const paper = articleOf([
      { id: 'b1', type: 'paragraph', page: null, text: 'Between US$5 billion and $10 billion; $$x$$ stays; *not emphasis* _nor_ <b>html</b> a < b > c www.example.org 1. not a list # not a heading :page{n=1} [link](x) \\ back`tick` ~~s~~ | pipe |' },
      { id: 'b2', type: 'paragraph', page: null, text: '2024. A year that starts a paragraph.' },
      { id: 'b3', type: 'paragraph', page: null, text: '- not a bullet' },
  ]);
  checkRoundTrip(paper);
});

test('page markers: at the page start and inside a paragraph that runs across the break', () => {
  const [li] = ingest(seedFiles()).papers;
  const tree = parse(serialiseMdast(paperToMdast(li!)));
  const pages: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'textDirective' && node.name === 'page') pages.push(node.attributes!.n!);
    if (node.type === 'leafDirective' && node.name === 'missing-pages') pages.push(`missing ${node.attributes!.from}-${node.attributes!.to}`);
  });
  assert.deepEqual(pages, ['missing 40-42', '43', 'missing 44-51', '52', 'missing 53-57']);

  const paper: Paper = {
    ...li!,
    citations: [],
    missing: [],
    blocks: [{ id: 'b1', type: 'paragraph', page: 7, text: 'runs on across the page break here', breaks: [{ offset: 15, page: 8 }] }],
  };
  const md = serialiseMdast(paperToMdast(paper));
  assert.equal(md, ':page{n="7"}runs on across :page{n="8"}the page break here\n');
});

test('a passage in another language is marked for the reader, and its text reads back unchanged', () => {
  const paper = articleOf([
      { id: 'b1', type: 'paragraph', page: null, text: 'The English text.' },
      { id: 'b2', type: 'paragraph', page: null, text: 'Die Kette ist nicht mehr global.', lang: 'de' },
  ]);
  assert.equal(serialiseMdast(paperToMdast(paper)), 'The English text.\n\n:lang{code="de"}Die Kette ist nicht mehr global.\n\n::source-ends\n');
  checkRoundTrip(paper);
});

test('a web page ends with a notice that the source ends there, which says so when its numbering stops after section I.', () => {
  const blocks = [
    { id: 'b1', type: 'heading' as const, depth: 2, page: null, text: 'I. First' },
    { id: 'b2', type: 'paragraph' as const, page: null, text: 'Text.' },
  ];
  assert.match(serialiseMdast(paperToMdast({ ...articleOf(blocks), stops_after: 'I.' })), /Text\.\n\n::source-ends\{after="I\."\}\n$/);
  const [li] = ingest(seedFiles()).papers;
  assert.doesNotMatch(serialiseMdast(paperToMdast(li!)), /source-ends/, 'a PDF paper ends with its missing pages, or its last page');
});
