import assert from 'node:assert/strict';
import { test } from 'node:test';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import remarkBlockIds from '../../src/markdown/block-ids.ts';
import remarkHeadingPermalinks from '../../src/markdown/heading-permalinks.ts';

async function render(markdown: string, frontmatter: Record<string, unknown> = { pages: [{}] }): Promise<string> {
  const processor = unified().use(remarkParse).use(remarkDirective).use(remarkBlockIds).use(remarkHeadingPermalinks).use(remarkRehype).use(rehypeStringify);
  return String(await processor.process({ value: markdown, data: { astro: { frontmatter } } }));
}

test('every heading gets an id and, after it, a link to that id named for the heading', async () => {
  const html = await render('## 2.3 Artificial Intelligence Reshapes the Global Value Chain\n\nText.\n\n### Review of the Basic Concepts.\n');
  assert.equal(
    html.split('\n')[0],
    '<div class="heading-block"><h2 id="23-artificial-intelligence-reshapes-the-global-value-chain">2.3 Artificial Intelligence Reshapes the Global Value Chain</h2><a href="#23-artificial-intelligence-reshapes-the-global-value-chain" class="heading-permalink" data-pagefind-ignore=""><span aria-hidden="true">#</span><span class="visually-hidden">Permalink to 2.3 Artificial Intelligence Reshapes the Global Value Chain</span></a></div>',
  );
  assert.match(html, /<h3 id="review-of-the-basic-concepts">Review of the Basic Concepts\.<\/h3><a href="#review-of-the-basic-concepts"/);
});

test('repeated headings and headings named like block ids get ids of their own', async () => {
  const html = await render('## Notes\n\nA paragraph.\n\n## Notes\n\n## B2\n');
  const ids = [...html.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(ids, ['notes', 'notes-1', 'b2-1']);
  assert.match(html, /<p id="b2">/);
});

test('citation text counts as heading text', async () => {
  const html = await render('## After :cite[Gereffi, 1994]{ref="g"}\n');
  assert.match(html, /<h2 id="after-gereffi-1994">/);
  assert.match(html, /Permalink to After Gereffi, 1994/);
});

test('glossary entries are left alone', async () => {
  assert.equal(await render('## Usage\n', { term: 'Reshoring' }), '<h2>Usage</h2>');
});
