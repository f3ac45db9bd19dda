import assert from 'node:assert/strict';
import { test } from 'node:test';
import remarkEntryLinks from '../../src/markdown/entry-links.ts';
import { render } from '../helpers/render.ts';

test('an entry of a printed reference list links to its work’s page, named for a screen reader', async () => {
  const { html } = await render('Lund, T. (2018a). Frequency as a service attribute. :entry{ref="lund-2018a"}', [[remarkEntryLinks, { base: '/folio/' }]]);
  assert.match(html, /attribute\. <a href="\/folio\/references\/lund-2018a\/" class="entry-link">Details<span class="visually-hidden"> of this work<\/span><\/a>/);
  assert.doesNotMatch(html, /id="ref-/);
});

test('a numbered entry opens with the anchor its "[3]" citations lead to', async () => {
  const { html } = await render('3. Office for Transport Statistics. National travel survey. :entry{ref="p-ref-3" n="3"}', [remarkEntryLinks]);
  assert.match(html, /<li><span id="ref-3"><\/span>Office for Transport Statistics/);
  assert.match(html, /href="\/references\/p-ref-3\/"/);
});

test('an entry with a malformed key is reported on the file', async () => {
  const { messages } = await render('x :entry{ref="Bad Key"}', [remarkEntryLinks]);
  assert.deepEqual(messages, ['reference entry without a valid key: "Bad Key"']);
});
