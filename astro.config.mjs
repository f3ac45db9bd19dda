// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import remarkDirective from 'remark-directive';
import remarkMath from 'remark-math';
import remarkGfmWithoutAutolinks from './src/markdown/gfm-without-autolinks.ts';
import { folioRemarkPlugins } from './src/markdown/index.ts';
import { loadGlossaryTerms } from './src/lib/glossary-terms.ts';

// FOLIO_BASE serves the reader from a sub-path (e.g. /folio/) on any static host.
const base = process.env.FOLIO_BASE ?? '/';
const content = process.env.FOLIO_CONTENT ?? './content';
// Canonical URLs, Open Graph and the sitemap need absolute addresses, so they need
// the host the site is served from. Set FOLIO_SITE for a real deployment; the
// default is where `npm start` serves the site.
const site = process.env.FOLIO_SITE ?? 'http://127.0.0.1:4321';

export default defineConfig({
  site,
  base,
  // Source views repeat their paper's text for checking; search engines get the paper.
  integrations: [sitemap({ filter: (page) => !/\/papers\/[^/]+\/source\/$/.test(page) })],
  // The benchmark builds generated collections into their own folders.
  outDir: process.env.FOLIO_OUT ?? './dist',
  cacheDir: process.env.FOLIO_CACHE ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: unified({
      // The source's quotes are the author's: no smart punctuation.
      smartypants: false,
      // GFM without autolink literals: a bare "www.x.org" in a source stays text.
      gfm: false,
      remarkPlugins: [
        remarkGfmWithoutAutolinks,
        remarkDirective,
        // "$5 billion and $10 billion" is money, not math: only $$...$$ is math.
        [remarkMath, { singleDollarTextMath: false }],
        ...folioRemarkPlugins({ base, terms: loadGlossaryTerms(content) }),
      ],
      rehypePlugins: [[rehypeKatex, { output: 'htmlAndMathml' }]],
    }),
  },
});
