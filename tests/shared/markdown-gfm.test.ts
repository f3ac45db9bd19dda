import assert from 'node:assert/strict';
import { test } from 'node:test';
import { render } from '../helpers/render.ts';

test('bare web addresses in text stay text; tables and strikethrough still work', async () => {
  const { html } = await render('see www.example.org or https://example.org\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n~~gone~~', []);
  assert.doesNotMatch(html, /<a /);
  assert.match(html, /<table>/);
  assert.match(html, /<del>gone<\/del>/);
});

test('dollar amounts are text; only $$...$$ is math', async () => {
  const { html } = await render('US$5 billion and $10 billion, and $$x^2$$', []);
  assert.match(html, /US\$5 billion and \$10 billion/);
  assert.match(html, /class="language-math math-inline">x\^2</);
});
