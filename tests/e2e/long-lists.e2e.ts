/**
 * A collection of 250 papers: its papers list runs to ten pages, more than a
 * pager lists in full. The pager then shows the first page, the last, and two
 * either side of the current one, with a gap ("…") for the rest; a reader
 * still reaches every page by following its links, with a keyboard, and
 * without JavaScript. Its busiest concept's concordance, used by almost every
 * paper, takes two pages: 25 papers in context, then the rest a line each.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations, openPage } from './harness.ts';
import { useSyntheticSite } from './synthetic-site.ts';

const { site } = useSyntheticSite(250);

/** The pager as a reader sees it: each item's text, and where its links go. */
async function pagerOf(page: Page, of: string) {
  const nav = page.locator(`nav.table-pager[aria-label="Pages of the ${of}"]`);
  return {
    shown: (await nav.locator('li').allInnerTexts()).join(' '),
    links: await nav.locator('a').evaluateAll((as) => Object.fromEntries(as.map((a) => [a.textContent!, a.getAttribute('href')!]))),
    current: await nav.locator('a[aria-current="page"]').allInnerTexts(),
    gaps: await nav.locator('li:not(:has(a))').evaluateAll((lis) => lis.map((li) => li.getAttribute('aria-hidden'))),
  };
}

/**
 * Walks a list of pages from its first by the pager alone, always to the next
 * number, collecting what `read` finds on each; fails if a page cannot be reached.
 */
async function walk(first: string, of: string, read: (page: Page) => Promise<string[]>) {
  const seen: { shown: string; items: string[] }[] = [];
  let url = first;
  for (let n = 1; ; n++) {
    const { page, problems } = await openPage(site.browser, url, { javaScript: false });
    const pager = await pagerOf(page, of);
    assert.deepEqual(pager.current, [String(n)], `${url} is marked as page ${n}`);
    seen.push({ shown: pager.shown, items: await read(page) });
    assert.deepEqual(problems, []);
    await page.close();
    const next = pager.links[String(n + 1)];
    if (next === undefined) break;
    url = new URL(next, url).href;
  }
  return seen;
}

describe('long lists', () => {
  test('the papers list shows first, last and neighbours with gaps, and every paper is reached once, in title order', async () => {
    const titles = (page: Page) => page.locator('.paper-summary h2').allTextContents();
    const pages = await walk(site.url, 'papers', titles);
    assert.deepEqual(
      pages.map((p) => p.shown),
      [
        '1 2 3 4 5 6 … 10',
        '1 2 3 4 5 6 … 10',
        '1 2 3 4 5 6 … 10',
        '1 2 3 4 5 6 … 10',
        '1 … 3 4 5 6 7 … 10',
        '1 … 4 5 6 7 8 … 10',
        '1 … 5 6 7 8 9 10',
        '1 … 5 6 7 8 9 10',
        '1 … 5 6 7 8 9 10',
        '1 … 5 6 7 8 9 10',
      ],
    );
    const all = pages.flatMap((p) => p.items);
    assert.equal(all.length, 250);
    assert.equal(new Set(all).size, 250);
    assert.deepEqual(all, [...all].sort((a, b) => a.localeCompare(b)));

    const { page, problems } = await openPage(site.browser, `${site.url}page/5/`);
    const pager = await pagerOf(page, 'papers');
    assert.deepEqual(pager.gaps, ['true', 'true'], 'the gaps are not read out');
    assert.equal(pager.links['10'], '/page/10/');
    assert.equal(pager.links['1'], '/');
    // A keyboard reaches the pager's links in order, and the gaps are not stops.
    await page.locator('nav.table-pager a').first().focus();
    const stops = [await page.evaluate(() => document.activeElement!.textContent)];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      stops.push(await page.evaluate(() => document.activeElement!.textContent));
    }
    assert.deepEqual(stops, ['1', '3', '4', '5', '6', '7', '10']);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
  });

  test("the busiest concept's concordance: 25 papers in context, then the rest a line each, each paper on exactly one page", async () => {
    const { page } = await openPage(site.browser, `${site.url}glossary/reshoring/`, { javaScript: false });
    const [, papers] = /^\d+ occurrences in (\d+) papers\.$/.exec(await page.locator('#concordance + p').innerText())!.map(Number);
    await page.close();
    assert.ok(papers! > 225 && papers! <= 275, `reshoring is used by ${papers} of the 250 papers: two pages`);

    // Papers in context by their headings' ids, papers a line each by the paper their link leads to.
    const ids = (p: Page) =>
      p.locator('section.concordance-paper h3, ol.concordance-list li > a').evaluateAll((els) => els.map((e) => (e.id ? e.id.replace(/^kwic-/, '') : /\/papers\/([^/]+)\//.exec(e.getAttribute('href')!)![1]!)));
    const pages = await walk(`${site.url}glossary/reshoring/`, 'concordance', ids);
    assert.equal(pages.length, 2);
    assert.equal(pages[0]!.shown, '1 2');
    assert.equal(pages[0]!.items.length, 25);
    const all = pages.flatMap((p) => p.items);
    assert.equal(all.length, papers);
    assert.equal(new Set(all).size, papers);

    const second = await openPage(site.browser, `${site.url}glossary/reshoring/uses/2/`);
    assert.equal(await second.page.locator('h1').innerText(), 'Reshoring in the collection, page 2 of 2');
    assert.match(await second.page.locator('ol.concordance-list li').first().innerText(), /\d+ uses?, first at (p\. \d+|¶ \d+)$/);
    assert.deepEqual(await axeViolations(second.page), []);
    assert.deepEqual(second.problems, []);

    // Its address trimmed to /uses/ leads to where the concordance begins, without JavaScript.
    const trimmed = await openPage(site.browser, `${site.url}glossary/reshoring/uses/`, { javaScript: false });
    await trimmed.page.waitForURL(`${site.url}glossary/reshoring/#concordance`);
    assert.equal(await trimmed.page.locator('h1').innerText(), 'Reshoring');
    assert.deepEqual(trimmed.problems, []);
  });
});
