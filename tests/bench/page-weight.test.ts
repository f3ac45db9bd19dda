import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pageWeight } from '../../bench/lib/page-weight.ts';

function site(html: string): string {
  const dist = mkdtempSync(join(tmpdir(), 'folio-weight-'));
  mkdirSync(join(dist, '_astro'));
  mkdirSync(join(dist, 'p'));
  writeFileSync(join(dist, '_astro/latin.woff2'), Buffer.alloc(1000));
  writeFileSync(join(dist, '_astro/latin-italic.woff2'), Buffer.alloc(300));
  writeFileSync(join(dist, '_astro/cyrillic.woff2'), Buffer.alloc(700));
  writeFileSync(
    join(dist, '_astro/site.css'),
    [
      "@font-face{font-family:S;font-style:normal;src:url(/_astro/latin.woff2) format('woff2'),url(/_astro/latin.woff) format('woff');unicode-range:U+0000-00FF,U+2014}",
      "@font-face{font-family:S;font-style:italic;src:url(/_astro/latin-italic.woff2) format('woff2');unicode-range:U+0000-00FF}",
      "@font-face{font-family:S;font-style:normal;src:url(/_astro/cyrillic.woff2) format('woff2');unicode-range:U+0400-045F}",
    ].join('\n'),
  );
  writeFileSync(join(dist, 'p/index.html'), `<link rel="stylesheet" href="/_astro/site.css">${html}`);
  return dist;
}

test('a page counts the fonts its text needs, beside its weight and not in it', () => {
  const latin = pageWeight(site('<p>Plain English text</p>'), 'p');
  assert.equal(latin.fonts, 1000, 'the latin face only: no italics, no Cyrillic');
  assert.equal(latin.total, latin.html + latin.css + latin.js);
  assert.equal(pageWeight(site('<p>Text with <i>italics</i> and Русский</p>'), 'p').fonts, 2000);
});
