import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { frontmatterForPlugins } from '../../src/markdown/index.ts';
import { markdownOptions } from '../../src/markdown/options.ts';
import { createPaperRenderer } from '../../src/markdown/render-paper.ts';

const renderer = createPaperRenderer(markdownOptions({ base: '/', terms: [{ slug: 'reshoring', forms: ['reshoring', 're-shoring'] }, { slug: 'global-value-chain', forms: ['global value chain', 'GVC'] }] }));

test('a paper renders the same from the frontmatter keys the plugins read as from all of it', async () => {
  const dir = 'content/papers';
  const names = readdirSync(dir).filter((n) => n.endsWith('.md'));
  assert.ok(names.length >= 2);
  for (const name of names) {
    const { frontmatter, content } = parseFrontmatter(readFileSync(join(dir, name), 'utf8'));
    const slim = frontmatterForPlugins(frontmatter);
    assert.ok(Object.keys(slim).length < Object.keys(frontmatter).length, name);
    const full = await renderer.render(content, structuredClone(frontmatter), name);
    const read = await renderer.render(content, slim, name);
    assert.deepEqual(read, full, name);
    // What the plugins add is there: the test compares pages that got it.
    assert.ok(full.html.includes('class="passage-link"') && typeof full.frontmatter.readingMinutes === 'number', name);
  }
});

test('only keys the paper has are passed', () => {
  assert.deepEqual(frontmatterForPlugins({ title: 'T', citations: [], pages: [] }), { pages: [], title: 'T' });
});
