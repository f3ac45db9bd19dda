// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { markdownOptions } from './src/markdown/options.ts';
import { loadGlossaryTerms } from './src/build/glossary-terms.ts';
import { glossaryCitationsBySlug, loadGlossaryCitations } from './src/build/glossary-citations.ts';
import { inSitemap } from './src/build/sitemap-filter.ts';
import { config } from './src/shared/config.ts';

// Site, base, content folder and glossary come from folio.config.ts (environment variables override it).
const { site, base, glossary, glossaryFound, out, cache, content } = config;

export default defineConfig({
  site,
  base,
  integrations: [sitemap({ filter: inSitemap(base) })],
  // The benchmark builds generated collections into their own folders.
  outDir: out,
  cacheDir: cache,
  trailingSlash: 'always',
  // Page-specific CSS and scripts go to cached files rather than inline into each
  // of thousands of pages (about 9 KB a page that a reader would fetch again every time).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  vite: {
    // No preload helper (0.9 KB gzipped on every page): the few modules loaded on demand (search, card placement) are small and load in one step.
    build: { assetsInlineLimit: 0, modulePreload: false },
    // The graph layout runs on a worker thread (src/lib/graph-layout.ts), from its source.
    // Bundled code has moved away from its source; worker threads load the source itself.
    define: {
      'import.meta.env.FOLIO_GRAPH_LAYOUT': JSON.stringify(fileURLToPath(new URL('./src/lib/graph-layout.ts', import.meta.url))),
      'import.meta.env.FOLIO_WORKER_ENTRY': JSON.stringify(fileURLToPath(new URL('./src/shared/worker-entry.ts', import.meta.url))),
    },
  },
  // Glossary entries render through Astro; papers through src/lib/paper-loader.ts,
  // with the same stack.
  markdown: {
    processor: unified(markdownOptions({ base, terms: loadGlossaryTerms(glossary, glossaryFound), glossaryCitations: glossaryCitationsBySlug(loadGlossaryCitations(content)) })),
  },
});
