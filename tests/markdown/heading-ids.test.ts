import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rehypeHeadingIds as astroHeadingIds } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import { h } from 'hastscript';
import { VFile } from 'vfile';
import rehypeHeadingIds from '../../src/markdown/heading-ids.ts';

/** Headings that exercise each rule: code, braces, raw HTML, ids given, repeats, nesting. */
function tree(): Root {
  return {
    type: 'root',
    children: [
      h('h1', 'Reshoring and {braces}'),
      h('h2', ['Costs of ', h('em', 'reshoring'), ' and ', h('code', 'f{x}')]),
      h('h2', 'Costs of reshoring'),
      h('h3', { id: 'given' }, 'An id of its own'),
      { type: 'element', tagName: 'h4', properties: {}, children: [{ type: 'raw', value: '<b>' }, { type: 'text', value: 'Raw ' }, { type: 'raw', value: 'and <i>inline</i>' }, { type: 'comment', value: 'not text' }] },
      h('section', [h('h5', 'Nested in a section'), h('p', 'Not a heading'), h('hr'), h('header', 'Not a heading either')]),
      h('h6', ''),
      h('h2', 'Costs of reshoring'),
    ],
  };
}

test("headings get the ids and the table of contents that Astro's plugin gives them", async () => {
  const ours = tree();
  const astros = tree();
  const ourFile = new VFile({ path: 'paper.md' });
  const astroFile = new VFile({ path: 'paper.md' });
  rehypeHeadingIds()(ours, ourFile);
  await (astroHeadingIds() as unknown as (t: Root, f: VFile) => Promise<void>)(astros, astroFile);
  assert.deepEqual(ours, astros);
  assert.deepEqual(ourFile.data, astroFile.data);
  const headings = (ourFile.data as { astro: { headings: { slug: string }[] } }).astro.headings;
  assert.deepEqual(
    headings.map((x) => x.slug),
    ['reshoring-and-braces', 'costs-of-reshoring-and-fx', 'costs-of-reshoring', 'given', 'raw-and-iinlinei', 'nested-in-a-section', '', 'costs-of-reshoring-1'],
  );
});
