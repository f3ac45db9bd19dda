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
import remarkGlossaryLinks, { LONG_SECTION, loadOccurrence, type StoredOccurrence } from '../../src/markdown/glossary-links.ts';

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
  return { html: String(file), concordance: (frontmatter.concordance as StoredOccurrence[]).map(loadOccurrence) };
}

test('the first use in the paper links; later ones, also in later sections, are marked with their concept and are no link', async () => {
  const { html } = await render('Reshoring grows. More reshoring.\n\n## Next\n\nreshore here.');
  assert.equal(html.match(/<a href="\/glossary\/reshoring\/" class="term">/g)?.length, 1, 'one link in the paper');
  assert.match(html, /More <span class="term-mention" data-term="reshoring">reshoring<\/span>\./);
  assert.match(html, /<span class="term-mention" data-term="reshoring">reshore<\/span> here/);
});

test(`a section of ${LONG_SECTION} words or more links its first use again`, async () => {
  const long = Array.from({ length: LONG_SECTION }, () => 'word').join(' ');
  const { html } = await render(`Reshoring grows.\n\n## Long\n\nreshore here. ${long}\n\n## Short\n\nreshoring again.`);
  assert.equal(html.match(/class="term">/g)?.length, 2, 'the paper\'s first use, and the long section\'s');
  assert.match(html, /<span class="term-mention" data-term="reshoring">reshoring<\/span> again/);
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
    concordance.map((o) => [o.slug, o.block, o.page, 'match' in o ? o.match : undefined]),
    [
      ['global-value-chain', 'b1', 43, 'global value chain'],
      ['global-value-chain', 'b1', 43, 'GVC'],
      ['reshoring', 'b2', 43, 'reshore'],
    ],
  );
  assert.equal((concordance[1] as { after: string }).after, ' research.');
});

test('past the first uses of a concept in a paper, occurrences are kept without context', async () => {
  const { concordance } = await render(Array.from({ length: 7 }, (_, i) => `Reshoring ${i}.`).join('\n\n'));
  assert.equal(concordance.length, 7);
  assert.equal(concordance.filter((o) => 'match' in o).length, 5);
  assert.deepEqual(concordance.at(-1), { slug: 'reshoring', block: 'b7', page: null });
});
