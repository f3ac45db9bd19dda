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
  const input = page.locator('#search-page-query');

  const t0 = performance.now();
  await input.fill(first);
  await page.locator('.search-result').first().waitFor({ timeout: 30000 });
  const firstMs = performance.now() - t0;
  const results = await page.locator('.search-result').count();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const searchBytes = bytes;

  const status = page.locator('#search-status');
  const t1 = performance.now();
  await input.fill(second);
  await status.filter({ hasText: `“${second}”` }).waitFor({ timeout: 30000 });
  const warmMs = performance.now() - t1;
  await context.close();
  return { search_kb_gz: Math.round(searchBytes / 102.4) / 10, first_result_ms: Math.round(firstMs), warm_result_ms: Math.round(warmMs), results };
}
