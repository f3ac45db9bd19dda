import assert from 'node:assert/strict';
import { test } from 'node:test';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import remarkSlimRenderedFrontmatter from '../../src/markdown/slim-rendered-frontmatter.ts';

test("a paper's rendered frontmatter keeps only what plugins added", async () => {
  const frontmatter: Record<string, unknown> = { pages: [{}], title: 'T', citations: [1, 2], concordance: [['x', 'b1', 1]] };
  const processor = unified().use(remarkParse).use(remarkSlimRenderedFrontmatter);
  processor.runSync(processor.parse('x'), { data: { astro: { frontmatter } } } as never);
  assert.deepEqual(frontmatter, { concordance: [['x', 'b1', 1]] });
});

test('other entries (glossary) are left alone', async () => {
  const frontmatter: Record<string, unknown> = { term: 'Reshoring' };
  const processor = unified().use(remarkParse).use(remarkSlimRenderedFrontmatter);
  processor.runSync(processor.parse('x'), { data: { astro: { frontmatter } } } as never);
  assert.deepEqual(frontmatter, { term: 'Reshoring' });
});
