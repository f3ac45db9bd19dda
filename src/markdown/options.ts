/**
 * The reader's Markdown stack, defined once: astro.config.mjs hands it to
 * Astro (glossary entries), and the paper loader renders papers with it.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeKatex from 'rehype-katex';
import remarkDirective from 'remark-directive';
import remarkMath from 'remark-math';
import remarkGfmWithoutAutolinks from './gfm-without-autolinks.ts';
import { folioRemarkPlugins } from './index.ts';
import type { TermEntry } from './term-matcher.ts';

export type MarkdownOptions = {
  smartypants: false;
  gfm: false;
  remarkPlugins: RemarkPlugins;
  rehypePlugins: RehypePlugins;
};

export function markdownOptions(options: { base: string; terms: readonly TermEntry[] }): MarkdownOptions {
  return {
    // The source's quotes are the author's: no smart punctuation.
    smartypants: false,
    // GFM without autolink literals: a bare "www.x.org" in a source stays text.
    gfm: false,
    remarkPlugins: [
      remarkGfmWithoutAutolinks,
      remarkDirective,
      // "$5 billion and $10 billion" is money, not math: only $$...$$ is math.
      [remarkMath, { singleDollarTextMath: false }],
      ...folioRemarkPlugins(options),
    ],
    rehypePlugins: [[rehypeKatex, { output: 'htmlAndMathml' }]],
  };
}
