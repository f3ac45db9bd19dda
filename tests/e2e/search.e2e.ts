/**
 * Search in Chromium: the header search box leads to /search/?q=..., results
 * come from the Pagefind index built with the site, show the paper's title
 * (never a running head) and land on the passage that matched.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeViolations, openPage, useSite } from './harness.ts';

const site = useSite();

test('searching "reshoring" from the header box finds Li Ting\'s paper and lands on the passage', async () => {
  const { page, problems } = await openPage(site.browser, site.url);
  await page.getByRole('searchbox', { name: 'Search papers' }).fill('reshoring');
  await page.getByRole('searchbox', { name: 'Search papers' }).press('Enter');
  await page.waitForURL(/\/search\/\?q=reshoring/);
  await page.locator('.search-result').first().waitFor();
  // The paper's result carries its own title (never a running head).
  const result = page.locator('.search-result', { hasText: 'The Impact of Artificial Intelligence and Robotics on International Trade: A Study on the Reshaping of the Global Value Chain and the Transformation of Trade Patterns' });
  assert.equal(await result.count(), 1);
  assert.match(await result.locator('.excerpt').innerText(), /reshoring/i);
  assert.equal(await result.locator('.excerpt mark').count() > 0, true);
  assert.match(await page.locator('#search-status').innerText(), /results? for “reshoring”/);

  const href = (await result.locator('h2 a').getAttribute('href')) ?? '';
  assert.match(href, /\/papers\/li-2026-impact-artificial-intelligence-robotics\/#(b\d+|page-\d+)$/);
  await result.locator('h2 a').click();
  const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
  assert.match(await page.locator(`[id="${anchor}"]`).innerText(), /reshor/i);
  assert.deepEqual(problems, []);
});

test('the search page is accessible and shareable as a URL', async () => {
  const { page, problems } = await openPage(site.browser, `${site.url}search/?q=industrial%20policy`);
  await page.locator('.search-result').first().waitFor();
  const titles = await page.locator('.search-result h2').allInnerTexts();
  assert.ok(titles.some((t) => t.startsWith('Global Industrial and Supply Chain Restructuring')), titles.join(' | '));
  assert.equal(await page.locator('#search-page-query').inputValue(), 'industrial policy');
  assert.deepEqual(problems, []);
  assert.deepEqual(await axeViolations(page), []);
});
