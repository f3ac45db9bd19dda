import assert from 'node:assert/strict';
import { test } from 'node:test';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import remarkBlockIds from '../../src/markdown/block-ids.ts';
import remarkPassageLinks, { shortCitation } from '../../src/markdown/passage-links.ts';

async function render(markdown: string, frontmatter: Record<string, unknown>): Promise<string> {
  const processor = unified().use(remarkParse).use(remarkDirective).use(remarkBlockIds).use(remarkPassageLinks).use(remarkRehype).use(rehypeStringify);
  const file = await processor.process({ value: markdown, data: { astro: { frontmatter } } });
  return String(file);
}

test('each paragraph gets a pinpoint "cite this passage" link with its page', async () => {
  const html = await render(':page{n="43"}First para.\n\nSecond para runs :page{n="44"}over.\n\nThird.', {
    pages: [],
    author: [{ family: 'Li', given: 'Ting' }],
    issued: { 'date-parts': [[2026]] },
  });
  const cites = [...html.matchAll(/data-cite="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(cites, ['Li, 2026, p. 43', 'Li, 2026, pp. 43–44', 'Li, 2026, p. 44']);
  assert.match(html, /<a href="#b1" class="passage-link"/);
  // "Cite this passage (Li, 2026, p. 43)" is for readers, not for search excerpts.
  assert.match(html, /<a href="#b1" class="passage-link" data-cite="[^"]*" data-pagefind-ignore="">/);
});

test('a web article without pages or year', async () => {
  const html = await render('Text.', { pages: [], author: [{ family: 'Zhang', given: 'Lijuan' }] });
  assert.match(html, /data-cite="Zhang, n\.d\."/);
});

test('APA in-text names: one, two, three or more authors', () => {
  assert.equal(shortCitation([{ family: 'A' }, { family: 'B' }], 2020), 'A & B, 2020');
  assert.equal(shortCitation([{ family: 'A' }, { family: 'B' }, { family: 'C' }], 2020), 'A et al., 2020');
});
