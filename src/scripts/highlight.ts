/**
 * On a page opened from a search result, marks the words that matched
 * (`?pagefind-highlight=`). Pagefind's highlighter (about 10 KB compressed)
 * is fetched only when the parameter is there: a page opened any other way
 * loads nothing more.
 */
import { HIGHLIGHT_PARAM, siteBase } from './pagefind.ts';

interface HighlighterModule {
  default: new (options: Record<string, unknown>) => unknown;
}

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  const url = `${siteBase()}pagefind/pagefind-highlight.js`;
  void (import(/* @vite-ignore */ url) as Promise<HighlighterModule>)
    .then(({ default: PagefindHighlight }) => {
      new PagefindHighlight({
        highlightParam: HIGHLIGHT_PARAM,
        // The site's own <mark> colours (search.css): stronger than the tinted passage landed on, and AA.
        addStyles: false,
        markOptions: { className: 'pagefind-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
      });
    })
    .catch(() => undefined);
}
