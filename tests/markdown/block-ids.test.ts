import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingest } from '../../src/ingest/pipeline.ts';
import { paperToMarkdown } from '../../src/ingest/write/to-markdown.ts';
import remarkBlockIds from '../../src/markdown/block-ids.ts';
import { seedFiles } from '../helpers/corpus.ts';
import { render } from '../helpers/render.ts';

test('paragraphs and list items get the ids the ingest gave their blocks', async () => {
  for (const paper of ingest(seedFiles()).papers) {
    const body = paperToMarkdown(paper).replace(/^---[\s\S]*?\n---\n/, '');
    const { html } = await render(body, [remarkBlockIds]);
    const ids = [...html.matchAll(/<(?:p|li) id="(b\d+)">/g)].map((m) => m[1]);
    assert.deepEqual(ids, paper.blocks.filter((b) => b.type !== 'heading').map((b) => b.id), paper.id);
  }
});

test('a paragraph holding only a page marker is not counted', async () => {
  const { html } = await render(':page{n="3"}\n\n## Heading\n\nText', [remarkBlockIds]);
  assert.match(html, /<p id="b2">Text<\/p>/);
});
