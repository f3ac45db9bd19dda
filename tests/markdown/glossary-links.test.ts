import assert from 'node:assert/strict';
import { test } from 'node:test';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import remarkBlockIds from '../../src/markdown/block-ids.ts';
import remarkCitationLinks from '../../src/markdown/citation-links.ts';
import remarkGlossaryLinks, { type Occurrence } from '../../src/markdown/glossary-links.ts';

const terms = [
  { slug: 'reshoring', forms: ['reshoring', 'reshore'] },
  { slug: 'global-value-chain', forms: ['global value chain', 'GVC'] },
];

async function render(markdown: string) {
  const frontmatter: Record<string, unknown> = { pages: [{}] };
  const file = await unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkMath, { singleDollarTextMath: false })
    .use(remarkBlockIds)
    .use(remarkCitationLinks)
    .use(remarkGlossaryLinks, { terms })
    .use(remarkRehype)
    .use(rehypeStringify)
    .process({ value: markdown, data: { astro: { frontmatter } } });
  return { html: String(file), concordance: frontmatter.concordance as Occurrence[] };
}

test('the first occurrence in a section links; later ones are quietly marked', async () => {
  const { html } = await render('Reshoring grows. More reshoring.\n\n## Next\n\nreshore here.');
  assert.equal(html.match(/<a href="\/glossary\/reshoring\/" class="term" data-term="reshoring">/g)?.length, 2, 'one link per section');
  assert.match(html, /More <span class="term-mention" data-term="reshoring">reshoring<\/span>\./);
});

test('never inside headings, links, citations, code or math', async () => {
  const { html } = await render(
    '## Reshoring in a heading\n\n[reshoring](https://x) and :cite[(GVC, 2020)]{ref="gvc-2020"} and `reshoring` and $$reshoring$$.\n\n```\nreshoring\n```',
  );
  assert.doesNotMatch(html, /class="term"/);
  assert.doesNotMatch(html, /term-mention/);
});

test('every occurrence is recorded for the concordance, with block and context', async () => {
  const { concordance } = await render(':page{n="43"}The global value chain of GVC research.\n\nThen reshore.');
  assert.deepEqual(
    concordance.map((o) => [o.slug, o.block, o.page, o.match]),
    [
      ['global-value-chain', 'b1', 43, 'global value chain'],
      ['global-value-chain', 'b1', 43, 'GVC'],
      ['reshoring', 'b2', 43, 'reshore'],
    ],
  );
  assert.equal(concordance[1]!.after, ' research.');
});
