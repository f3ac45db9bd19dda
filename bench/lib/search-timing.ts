/**
 * A reader's first search, in headless Chromium: open the search page, enter
 * a word, and measure the compressed bytes fetched (page, UI, Pagefind, its
 * index chunks and the results' fragments) and the time to the results shown.
 * Then, once Pagefind is loaded, the budget's search ("reshoring") typed a
 * key at a time at a brisk typist's pace (the search answers every
 * keystroke), timed from the last keystroke to its results; and, as a
 * harder case with no budget, two words found on nearly every page.
 */
import type { Browser } from 'playwright-core';

export interface SearchTiming {
  /** Everything the first search fetched but the web fonts, which are reported on their own (a browser caches them once for the site, as for the paper page's budget). */
  search_kb_gz: number;
  search_fonts_kb: number;
  first_result_ms: number;
  warm_result_ms: number;
  /** Two common words typed ("supply chain"), from the last key to its results. */
  warm_phrase_ms: number;
  results: number;
}

/** 150 ms a key: about 80 words a minute. */
const KEY_GAP_MS = 150;

export async function timeSearch(browser: Browser, siteUrl: string, first = 'reshoring', phrase = 'supply chain'): Promise<SearchTiming> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Pagefind fetches its wasm and index from a Web Worker: count every request of the context.
  let bytes = 0;
  let fontBytes = 0;
  const pending: Promise<void>[] = [];
  context.on('requestfinished', (request) => {
    const font = /\.woff2?$/u.test(new URL(request.url()).pathname);
    pending.push(
      request.sizes().then((s) => {
        if (font) fontBytes += s.responseBodySize + s.responseHeadersSize;
        else bytes += s.responseBodySize + s.responseHeadersSize;
      }),
    );
  });
  await page.goto(`${siteUrl}search/`, { waitUntil: 'load' });

  // Timed inside the page: from the last key's input event to the results
  // for the whole query shown (the page signals it).
  const typeAndWait = (query: string, typed: boolean) =>
    page.evaluate(
      async ({ q, keyGapMs, typed }) => {
        const input = document.querySelector<HTMLInputElement>('#search-page-query')!;
        input.value = '';
        let lastKey = 0;
        const shown = new Promise<number>((resolve) => {
          document.addEventListener('folio:search-results', function done(e) {
            if ((e as CustomEvent<{ query: string }>).detail.query !== q) return;
            document.removeEventListener('folio:search-results', done);
            resolve(performance.now() - lastKey);
          });
        });
        for (const key of typed ? q : [q]) {
          input.value += key;
          lastKey = performance.now();
          input.dispatchEvent(new Event('input', { bubbles: true }));
          if (input.value !== q) await new Promise((r) => setTimeout(r, keyGapMs));
        }
        return shown;
      },
      { q: query, keyGapMs: KEY_GAP_MS, typed },
    );
  const firstMs = await typeAndWait(first, false);
  const results = await page.locator('.search-result').count();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const [searchBytes, searchFontBytes] = [bytes, fontBytes];
  const warmMs = await typeAndWait(first, true);
  const phraseMs = await typeAndWait(phrase, true);
  await context.close();
  return {
    search_kb_gz: Math.round(searchBytes / 102.4) / 10,
    search_fonts_kb: Math.round(searchFontBytes / 102.4) / 10,
    first_result_ms: Math.round(firstMs),
    warm_result_ms: Math.round(warmMs),
    warm_phrase_ms: Math.round(phraseMs),
    results,
  };
}
