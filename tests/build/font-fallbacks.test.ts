import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fallbackNames, fontFallbacksCss, OUT } from '../../scripts/font-fallbacks.ts';

test('the committed fallback faces are what the fonts give (npm run fonts:fallbacks), and fonts.css lists every one', async () => {
  assert.equal(readFileSync(OUT, 'utf8'), await fontFallbacksCss());
  const fonts = readFileSync(new URL('../../src/styles/fonts.css', import.meta.url), 'utf8').replace(/\s+/g, ' ');
  for (const name of [...fallbackNames('Source Serif 4 Variable'), ...fallbackNames('Source Sans 3 Variable')]) assert.ok(fonts.includes(`'${name}'`), name);
  assert.match(readFileSync(OUT, 'utf8'), /font-family: "Source Serif 4 Variable fallback Georgia";\s*src: local\("Georgia"\);\s*size-adjust: 107\.\d+%/);
});
