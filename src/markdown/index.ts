/**
 * Folio's remark plugins in the order the reader runs them: directives are
 * parsed by remark-directive, rendered by one plugin per concern, and
 * whatever is left is reported.
 */
import type { RemarkPlugins } from '@astrojs/markdown-remark';
import remarkBlockIds from './block-ids.ts';
import remarkCitationLinks from './citation-links.ts';
import remarkEntryLinks from './entry-links.ts';
import remarkGlossaryCitations from './glossary-citations.ts';
import remarkGlossaryLinks from './glossary-links.ts';
import remarkHeadingPermalinks from './heading-permalinks.ts';
import remarkMissingPages from './missing-pages.ts';
import remarkPageAnchors from './page-anchors.ts';
import remarkPassageLang from './passage-lang.ts';
import remarkPassageLinks from './passage-links.ts';
import remarkReadingTime from './reading-time.ts';
import remarkSourceEnds from './source-ends.ts';
import remarkSlimRenderedFrontmatter from './slim-rendered-frontmatter.ts';
import remarkUnknownDirectives from './unknown-directives.ts';
import type { TermEntry } from './term-matcher.ts';

export function folioRemarkPlugins(options: { base: string; terms: readonly TermEntry[]; glossaryCitations?: ReadonlyMap<string, readonly { text: string; ref: string }[]> }): RemarkPlugins {
  return [
    // First, on the text as written, before other plugins add link labels.
    remarkReadingTime,
    remarkPassageLang,
    remarkBlockIds,
    // Before the page markers become links: it reads them as directives.
    remarkPassageLinks,
    remarkPageAnchors,
    remarkCitationLinks,
    remarkEntryLinks,
    // Glossary entries only: the works an entry cites, where the ingest found them.
    [remarkGlossaryCitations, { base: options.base, cites: options.glossaryCitations ?? new Map() }],
    // After citations and page markers are in place: it skips both.
    [remarkGlossaryLinks, { base: options.base, terms: options.terms }],
    remarkMissingPages,
    remarkSourceEnds,
    remarkUnknownDirectives,
    // Last to touch the tree: it wraps headings, which the plugins above find at the root.
    remarkHeadingPermalinks,
    remarkSlimRenderedFrontmatter,
  ];
}

export { frontmatterForPlugins } from './plugin-data.ts';
