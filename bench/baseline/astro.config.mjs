// @ts-check
// The benchmark's baseline: a plain Astro site (default Markdown processor,
// one layout) over the same generated papers, indexed by Pagefind.
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.FOLIO_OUT ?? './dist',
  cacheDir: process.env.FOLIO_CACHE ?? './node_modules/.astro',
});
