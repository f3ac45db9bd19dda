import assert from 'node:assert/strict';
import { test } from 'node:test';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import rehypeKatexWhereMath from '../../src/markdown/math.ts';
import { markdownSyntax } from '../../src/markdown/options.ts';

async function html(markdown: string, katex: PluggableList[number]): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(markdownSyntax as PluggableList)
    .use(remarkRehype)
    .use([katex] as PluggableList)
    .use(rehypeStringify)
    .process(markdown);
  return String(file);
}

const withMath = [
  'Growth is $$g = \\frac{\\Delta Y}{Y}$$ a year.',
  '$$\nY = AK^\\alpha L^{1-\\alpha}\n$$',
  '```math\ne^{i\\pi} + 1 = 0\n```',
  '- a list with $$x^2$$ inside **bold $$y$$**',
];

test('math is rendered by KaTeX exactly as rehype-katex renders it', async () => {
  for (const markdown of withMath) {
    const ours = await html(markdown, [rehypeKatexWhereMath, { output: 'htmlAndMathml' }]);
    assert.match(ours, /<math/, markdown);
    assert.match(ours, /class="katex/, markdown);
    assert.equal(ours, await html(markdown, [rehypeKatex, { output: 'htmlAndMathml' }]), markdown);
  }
});

test('a page without math is left as it was, dollar amounts included', async () => {
  const markdown = 'Investment rose from US$5 billion and $10 billion to **$12 billion**.\n\n| a | b |\n| - | - |\n| $1 | $2 |';
  const ours = await html(markdown, [rehypeKatexWhereMath, {}]);
  assert.doesNotMatch(ours, /katex|<math/);
  assert.match(ours, /US\$5 billion and \$10 billion/);
  assert.equal(ours, await html(markdown, [rehypeKatex, {}]));
});
