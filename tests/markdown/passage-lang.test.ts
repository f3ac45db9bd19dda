import assert from 'node:assert/strict';
import { test } from 'node:test';
import remarkPassageLang from '../../src/markdown/passage-lang.ts';
import { render } from '../helpers/render.ts';

test('a passage marked as German gets lang="de", and the mark itself is gone', async () => {
  const { html, messages } = await render('English first.\n\n:lang{code=de}Die Wertschöpfungskette ist global.', [remarkPassageLang]);
  assert.equal(html, '<p>English first.</p>\n<p lang="de">Die Wertschöpfungskette ist global.</p>');
  assert.deepEqual(messages, []);
});

test('in a tight list the item carries the language', async () => {
  const { html } = await render('- :lang{code=fr}Les chaînes de valeur.\n- English item.', [remarkPassageLang]);
  assert.match(html, /<li lang="fr">Les chaînes de valeur\.<\/li>/);
  assert.match(html, /<li>English item\.<\/li>/);
});

test('a mark with no valid language tag is reported and sets nothing', async () => {
  const { html, messages } = await render(':lang{code="Deutsch!"}Text.', [remarkPassageLang]);
  assert.doesNotMatch(html, /lang=/);
  assert.equal(messages.length, 1);
  assert.match(messages[0]!, /language tag/);
});
