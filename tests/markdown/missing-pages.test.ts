import assert from 'node:assert/strict';
import { test } from 'node:test';
import remarkMissingPages from '../../src/markdown/missing-pages.ts';
import { render } from '../helpers/render.ts';

test('a gap in the printed pages is shown, never closed', async () => {
  const { html } = await render('before\n\n::missing-pages{from="44" to="51"}\n\nafter', [remarkMissingPages]);
  assert.match(html, /<p>before<\/p>\n<p class="missing-pages" id="missing-44"><span data-pagefind-ignore="">pp. 44–51 are not in this collection.<\/span><\/p>\n<p>after<\/p>/);
});

test('a single missing page reads as one page', async () => {
  const { html } = await render('::missing-pages{from="7" to="7"}', [remarkMissingPages]);
  assert.match(html, /p. 7 is not in this collection./);
});
