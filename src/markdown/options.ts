/**
 * The reader's Markdown stack, defined once: astro.config.mjs hands it to
 * Astro (glossary entries), and the paper loader renders papers with it.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import remarkMath from 'remark-math';
import remarkGfmWithoutAutolinks from '../shared/markdown-gfm.ts';
import { folioRemarkPlugins } from './index.ts';
import rehypeKatexWhereMath from './math.ts';
import type { TermEntry } from './term-matcher.ts';

export type MarkdownOptions = {
  smartypants: false;
  gfm: false;
  remarkPlugins: RemarkPlugins;
  rehypePlugins: RehypePlugins;
};

/** What the reader's Markdown can say: the parsing extensions, before any of Folio's plugins. */
export const markdownSyntax = [
  // GFM without autolink literals: a bare "www.x.org" in a source stays text.
  remarkGfmWithoutAutolinks,
  remarkDirective,
  // "$5 billion and $10 billion" is money, not math: only $$...$$ is math.
  [remarkMath, { singleDollarTextMath: false }],
] satisfies RemarkPlugins;

export function markdownOptions(options: { base: string; terms: readonly TermEntry[]; glossaryCitations?: ReadonlyMap<string, readonly { text: string; ref: string }[]> }): MarkdownOptions {
  return {
    // The source's quotes are the author's: no smart punctuation.
    smartypants: false,
    // Astro's GFM would add autolink literals; markdownSyntax has GFM without them.
    gfm: false,
    remarkPlugins: [...markdownSyntax, ...folioRemarkPlugins(options)],
    rehypePlugins: [[rehypeKatexWhereMath, { output: 'htmlAndMathml' }]],
  };
}
