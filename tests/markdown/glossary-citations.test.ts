import assert from 'node:assert/strict';
import { test } from 'node:test';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import remarkGlossaryCitations from '../../src/markdown/glossary-citations.ts';
import { markdownSyntax } from '../../src/markdown/options.ts';

const cites = new Map([
  ['relative-gains', [{ text: '(Grieco 1988)', ref: 'grieco-1988' }, { text: 'Gereffi, Humphrey and Sturgeon (2005)', ref: 'gereffi-et-al-2005' }, { text: 'Sturgeon (2005)', ref: 'sturgeon-2005' }]],
]);

async function render(markdown: string, path: string): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(markdownSyntax as PluggableList)
    .use(remarkGlossaryCitations, { base: '/folio/', cites })
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(new VFile({ path, value: markdown }));
  return String(file);
}

test("an entry's printed citations link to the works' pages, with the card's data-ref, where they stand", async () => {
  const html = await render('Central to the debate (Grieco 1988): a state weighs its gains.', 'content/glossary/relative-gains.md');
  assert.equal(html, '<p>Central to the debate <a href="/folio/references/grieco-1988/" class="citation" data-ref="grieco-1988">(Grieco 1988)</a>: a state weighs its gains.</p>');
});

test('the longest citation wins over a shorter one inside it; links, code and other entries are left alone', async () => {
  const html = await render('As Gereffi, Humphrey and Sturgeon (2005) put it. [(Grieco 1988)](https://x) and `(Grieco 1988)`.', 'content/glossary/relative-gains.md');
  assert.match(html, /<a href="\/folio\/references\/gereffi-et-al-2005\/" class="citation" data-ref="gereffi-et-al-2005">Gereffi, Humphrey and Sturgeon \(2005\)<\/a>/);
  assert.doesNotMatch(html, /sturgeon-2005/);
  assert.doesNotMatch(html, /grieco-1988/);
  assert.doesNotMatch(await render('Central to the debate (Grieco 1988).', 'content/glossary/other-entry.md'), /citation/);
});
