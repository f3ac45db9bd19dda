/**
 * The header on a phone, in Chromium: one line (the name, "Menu", a search
 * button), so that a paper's first paragraph is in the first screen at
 * 375 × 812; the site links and the theme choice inside the menu, which
 * opens without JavaScript; the search button leads to the search page
 * without JavaScript and opens the search dialog with it; and no keyboard
 * hint ("Ctrl K") on a touch screen, where there is no keyboard to use it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { axeViolations, openPage, useSite } from './harness.ts';

const site = useSite();
const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true };
const PAPERS = ['papers/li-2026-impact-artificial-intelligence-robotics/', 'papers/zhang-global-industrial-supply-chain/'];

function open(path: string, options: BrowserContextOptions): Promise<{ page: Page; problems: string[] }> {
  return openPage(site.browser, site.url + path, { context: options });
}

/** Text of the page's first paragraph that is the paper's own (not a notice of missing pages). */
const firstParagraph = (page: Page) => page.locator('.paper-body :is(p, li):not(.missing-pages)').first();

describe('a phone (375 × 812)', () => {
  for (const javaScript of [true, false]) {
    for (const path of PAPERS) {
      test(`${path}: the header is one line and the first paragraph is in the first screen${javaScript ? '' : ', without JavaScript'}`, async () => {
        const { page, problems } = await open(path, { ...PHONE, javaScriptEnabled: javaScript });
        const header = (await page.locator('.site-header').boundingBox())!;
        assert.ok(header.height <= 64, `the header is ${header.height} px tall`);
        const first = (await firstParagraph(page).boundingBox())!;
        const lineHeight = await firstParagraph(page).evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
        // At least two of its lines show above the fold.
        assert.ok(first.y + 2 * lineHeight <= 812, `the first paragraph starts at ${first.y} px (line ${lineHeight} px)`);
        assert.equal(await page.getByRole('link', { name: 'Search', exact: true }).isVisible(), true, 'a search button');
        assert.equal(await page.getByRole('searchbox', { name: 'Search papers' }).isVisible(), false, 'no search box in the header');
        assert.deepEqual(problems, []);
      });
    }
  }

  test('the menu holds the site links and opens without JavaScript', async () => {
    const { page } = await open('', { ...PHONE, javaScriptEnabled: false });
    const site = page.getByRole('navigation', { name: 'Site' });
    assert.equal(await site.getByRole('link', { name: 'Glossary' }).isVisible(), false, 'folded at first');
    await page.locator('.site-menu summary').tap();
    assert.deepEqual(await site.getByRole('link').allInnerTexts(), ['Papers', 'References', 'Glossary', 'Graph']);
    await site.getByRole('link', { name: 'Glossary' }).tap();
    await page.waitForURL(/\/glossary\/$/);
  });

  test('with JavaScript the menu offers the theme toggle, and Escape folds it again', async () => {
    const { page, problems } = await open('', { ...PHONE, colorScheme: 'light' });
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    assert.equal(await toggle.isVisible(), false, 'inside the folded menu');
    await page.locator('.site-menu summary').tap();
    await toggle.tap();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('details.site-menu').evaluate((d) => (d as HTMLDetailsElement).open), false);
    assert.deepEqual(problems, []);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe-core finds nothing with the menu open, ${colorScheme} theme`, async () => {
      const { page } = await open('glossary/reshoring/', { ...PHONE, colorScheme });
      await page.locator('.site-menu summary').tap();
      await page.getByRole('button', { name: 'Dark theme' }).waitFor();
      assert.deepEqual(await axeViolations(page), []);
    });
  }

  test('without JavaScript the search button goes to the search page', async () => {
    const { page } = await open('glossary/', { ...PHONE, javaScriptEnabled: false });
    await page.getByRole('link', { name: 'Search', exact: true }).tap();
    await page.waitForURL(/\/search\/$/);
    assert.ok(await page.getByRole('searchbox', { name: 'Search papers' }).isVisible(), "the search page's box");
  });

  test('with JavaScript the search button opens the search dialog, and nothing shows a keyboard hint', async () => {
    const { page, problems } = await open('glossary/', PHONE);
    await page.getByRole('link', { name: 'Search', exact: true }).tap();
    await page.locator('#search-dialog[open]').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-dialog-query');
    await page.keyboard.type('reshoring');
    await page.locator('#search-dialog .search-result').first().waitFor();
    const hints = await page.locator('kbd').evaluateAll((ks) => ks.filter((k) => (k as HTMLElement).checkVisibility()).map((k) => k.textContent));
    assert.deepEqual(hints, [], 'no keys shown');
    assert.doesNotMatch(await page.locator('body').innerText(), /Ctrl|⌘/);
    // The dialog fills the screen.
    const box = (await page.locator('#search-dialog').boundingBox())!;
    assert.deepEqual([box.x, box.y, box.width, box.height], [0, 0, 375, 812]);
    assert.deepEqual(problems, []);
  });
});

describe('touch and keyboard', () => {
  test('no "Ctrl K" hint on a touch screen, even one wide enough for the search box', async () => {
    const { page } = await open('', { viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true });
    assert.equal(await page.getByRole('searchbox', { name: 'Search papers' }).isVisible(), true);
    assert.equal(await page.locator('#site-search-shortcut').isVisible(), false);
    assert.doesNotMatch(await page.locator('header').innerText(), /Ctrl/);
  });

  test('a desktop shows the "Ctrl K" button beside the box, and it opens the dialog', async () => {
    const { page, problems } = await open('', { viewport: { width: 1280, height: 800 } });
    const button = page.locator('#site-search-shortcut');
    assert.match((await button.innerText()).replace(/\s+/g, ' '), /Ctrl K/);
    assert.equal(await button.getAttribute('aria-keyshortcuts'), 'Control+K');
    await button.click();
    await page.locator('#search-dialog[open]').waitFor();
    assert.deepEqual(problems, []);
  });

  test('on a wide screen without JavaScript the site links stand in the header, no menu to open', async () => {
    const { page } = await open('', { viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    assert.equal(await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'References' }).isVisible(), true);
    assert.equal(await page.locator('.site-menu summary').isVisible(), false);
    const header = (await page.locator('.site-header').boundingBox())!;
    assert.ok(header.height < 80, `one line (${header.height} px)`);
  });
});
