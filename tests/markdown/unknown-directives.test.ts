import assert from 'node:assert/strict';
import { test } from 'node:test';
import remarkUnknownDirectives from '../../src/markdown/unknown-directives.ts';
import { render } from '../helpers/render.ts';

test('an unknown directive is reported and shown as typed text', async () => {
  const { html, messages } = await render('a :note[careful] b', [remarkUnknownDirectives]);
  assert.match(html, /<p>a :notecareful b<\/p>/);
  assert.deepEqual(messages, ['unknown directive "note" is shown as text']);
});
