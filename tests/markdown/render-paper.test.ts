import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import { loadGlossaryTerms } from '../../src/build/glossary-terms.ts';
import { markdownOptions } from '../../src/markdown/options.ts';
import { createPaperRenderer } from '../../src/markdown/render-paper.ts';

const options = markdownOptions({ base: '/folio/', terms: loadGlossaryTerms('content/glossary') });
const astro = await createMarkdownProcessor(options);
const folio = createPaperRenderer(options);

/** What Astro's own processor makes of the same Markdown, as its glob loader calls it. */
async function both(markdown: string) {
  const { frontmatter, content } = parseFrontmatter(markdown);
  const body = content.trim();
  const expected = await astro.render(body, { frontmatter: structuredClone(frontmatter) });
  const actual = await folio.render(body, structuredClone(frontmatter));
  return { expected, actual };
}

for (const name of readdirSync('content/papers').filter((f) => f.endsWith('.md'))) {
  test(`${name} renders exactly as Astro's processor renders it`, async () => {
    const { expected, actual } = await both(readFileSync(join('content/papers', name), 'utf8'));
    assert.ok(actual.html.length > 10_000, 'a whole paper was rendered');
    assert.equal(actual.html, expected.code);
    assert.deepEqual(actual.headings, expected.metadata.headings);
    assert.deepEqual(actual.frontmatter, expected.metadata.frontmatter);
  });
}

const curated = `---
title: A curated paper
pages: []
author: []
---
## Costs of *reshoring*

A table, a footnote[^1] and display math:

| country | share |
| ------- | ----- |
| China   | 28%   |

$$
C = \\sum_i w_i
$$

Money stays text: US$5 billion and $10 billion.

<aside class="note">Raw <b>HTML</b> written by a curator.</aside>

[^1]: The note.
`;

test('tables, footnotes, math, headings and raw HTML render as Astro renders them', async () => {
  const { expected, actual } = await both(curated);
  assert.match(actual.html, /<table>/);
  assert.match(actual.html, /<math/);
  assert.match(actual.html, /<aside class="note">Raw <b>HTML<\/b>/);
  assert.match(actual.html, /US\$5 billion and \$10 billion/);
  assert.equal(actual.html, expected.code);
  assert.deepEqual(actual.headings, expected.metadata.headings);
});

test('content problems come back as messages with their line, not as errors', async () => {
  const { actual } = await both('text\n\n:cite[x]{ref="Bad Key"}\n');
  assert.deepEqual(actual.messages, ['3:1: citation without a valid reference key: "Bad Key"', '3:1: unknown directive "cite" is shown as text']);
});
