/**
 * Folio's settings for this collection. Environment variables of the same
 * meaning override them for one run (FOLIO_SITE, FOLIO_BASE, FOLIO_CONTENT,
 * FOLIO_SOURCES, FOLIO_GLOSSARY, FOLIO_OUT, FOLIO_CACHE, FOLIO_MAILTO); see
 * src/shared/config.ts for what each means.
 */
import type { FolioSettings } from './src/shared/config.ts';

export default {
  // Where the built site is served from, for canonical URLs, Open Graph, the sitemap and robots.txt.
  site: 'http://127.0.0.1:4321',
  // The path the reader is served under ('/folio/' on a project page).
  base: '/',
  content: './content',
} satisfies FolioSettings;
