/**
 * A reader's first search, in headless Chromium: open the search page, type a
 * word, and measure the compressed bytes fetched (page, UI, Pagefind and its
 * index chunks) and the time from the keystroke to the first result shown;
 * then a second search once Pagefind is loaded.
 */
import type { Browser } from 'playwright-core';

export interface SearchTiming {
  search_kb_gz: number;
  first_result_ms: number;
  warm_result_ms: number;
  results: number;
}

export async function timeSearch(browser: Browser, siteUrl: string, first = 'reshoring', second = 'supply chain'): Promise<SearchTiming> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Pagefind fetches its wasm and index from a Web Worker: count every request of the context.
  let bytes = 0;
  const pending: Promise<void>[] = [];
  context.on('requestfinished', (request) => {
    pending.push(request.sizes().then((s) => void (bytes += s.responseBodySize + s.responseHeadersSize)));
  });
  await page.goto(`${siteUrl}search/`, { waitUntil: 'load' });

  // Timed inside the page: from the input event to the results shown (the page signals it).
  const typeAndWait = (query: string) =>
    page.evaluate(
      (q) =>
        new Promise<number>((resolve) => {
          const input = document.querySelector<HTMLInputElement>('#search-page-query')!;
          const t = performance.now();
          document.addEventListener('folio:search-results', function done(e) {
            if ((e as CustomEvent<{ query: string }>).detail.query !== q) return;
            document.removeEventListener('folio:search-results', done);
            resolve(performance.now() - t);
          });
          input.value = q;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      query,
    );
  const firstMs = await typeAndWait(first);
  const results = await page.locator('.search-result').count();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const searchBytes = bytes;
  const warmMs = await typeAndWait(second);
  await context.close();
  return { search_kb_gz: Math.round(searchBytes / 102.4) / 10, first_result_ms: Math.round(firstMs), warm_result_ms: Math.round(warmMs), results };
}
