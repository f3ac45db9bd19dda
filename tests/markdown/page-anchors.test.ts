import assert from 'node:assert/strict';
import { test } from 'node:test';
import remarkPageAnchors from '../../src/markdown/page-anchors.ts';
import { render } from '../helpers/render.ts';

test('a page directive becomes a marker that is its own anchor', async () => {
  const { html } = await render('runs across :page{n="44"}the break', [remarkPageAnchors]);
  assert.match(html, /runs across <a id="page-44" href="#page-44" class="page-marker"><span data-pagefind-ignore="">p. 44<\/span><\/a>the break/);
});

test('a page directive without a number is reported, not rendered', async () => {
  const { html, messages } = await render('x :page{n="x"} y', [remarkPageAnchors]);
  assert.doesNotMatch(html, /page-marker/);
  assert.deepEqual(messages, ['page marker without a page number (:page{n=...})']);
});
