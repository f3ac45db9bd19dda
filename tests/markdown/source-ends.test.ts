import assert from 'node:assert/strict';
import { test } from 'node:test';
import remarkSourceEnds from '../../src/markdown/source-ends.ts';
import { render } from '../helpers/render.ts';

test('a web page ends with a notice that the captured page ends there, which search ignores', async () => {
  const { html } = await render('last words\n\n::source-ends', [remarkSourceEnds]);
  assert.match(html, /<p>last words<\/p>\n<p class="source-ends" id="source-ends"><span data-pagefind-ignore="">End of the page as captured: the text above is all the source holds.<\/span><\/p>/);
});

test('a text that stops after its first numbered section says the sections that follow are missing', async () => {
  const { html } = await render('::source-ends{after="I."}', [remarkSourceEnds]);
  assert.match(html, /The source stops here, after section I\. The sections that follow are not in this collection\./);
});
