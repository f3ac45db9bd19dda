/**
 * Themes and media in Chromium: the dark theme follows the system until the
 * reader chooses, and the choice survives a reload; every page type passes
 * axe-core in both themes; phones from 320 px never scroll sideways; and a
 * paper prints as a paper (title, citation, page markers; no site chrome).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { axeViolations, openPage, useSite } from './harness.ts';

const site = useSite();
const LI = 'papers/li-2026-impact-artificial-intelligence-robotics/';
const LIGHT_BG = 'rgb(253, 252, 248)';
const DARK_BG = 'rgb(23, 24, 27)';

const PAGES: Record<string, string> = {
  home: '',
  paper: LI,
  'glossary index': 'glossary/',
  'glossary entry': 'glossary/reshoring/',
  'references index': 'references/',
  'reference entry': 'references/gereffi-korzeniewicz-1994/',
  'source view': `${LI}source/`,
  search: 'search/?q=reshoring',
  graph: 'graph/',
  'not found': 'no-such-page/',
};

/** A page in a fresh browser context (its own storage), failing on errors or requests leaving the site. */
async function open(path: string, options: BrowserContextOptions = {}): Promise<{ page: Page; problems: string[] }> {
  const { page, problems } = await openPage(site.browser, site.url + path, { context: options });
  // Search results and the graph arrive after load; test the page as the reader sees it then.
  if (path.startsWith('search/')) await page.locator('.search-result').first().waitFor();
  return { page, problems };
}

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

describe('theme', () => {
  test('follows a dark system preference when the reader has not chosen', async () => {
    const { page, problems } = await open(LI, { colorScheme: 'dark' });
    assert.equal(await background(page), DARK_BG);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    await page.emulateMedia({ colorScheme: 'light' });
    assert.equal(await background(page), LIGHT_BG);
    // The toggle hears of the change by an event, which may come a moment after the colours.
    await page.waitForFunction(() => document.querySelector('[data-theme-toggle]')?.getAttribute('aria-pressed') === 'false', null, { timeout: 5000 });
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    assert.deepEqual(problems, []);
  });

  test('the toggle switches to dark, and a reload keeps the choice over the system', async () => {
    const { page, problems } = await open('', { colorScheme: 'light' });
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    assert.equal(await background(page), LIGHT_BG);
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    assert.equal(await background(page), DARK_BG);

    await page.goto(site.url + LI);
    assert.equal(await background(page), DARK_BG, 'another page keeps the choice');
    await page.reload();
    assert.equal(await background(page), DARK_BG, 'a reload keeps the choice');
    assert.equal(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed'), 'true');

    // Choosing light on a dark system sticks too.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.reload();
    assert.equal(await background(page), LIGHT_BG);
    assert.deepEqual(problems, []);
  });

  test('the toggle is a keyboard-operable button', async () => {
    const { page } = await open('', { colorScheme: 'light' });
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    await page.keyboard.press('Space');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  });

  test('without JavaScript the system theme still applies and no dead toggle shows', async () => {
    const { page } = await open(LI, { colorScheme: 'dark', javaScriptEnabled: false });
    assert.equal(await background(page), DARK_BG);
    assert.equal(await page.locator('.theme-toggle').isVisible(), false);
  });
});

const SCREENS = { desktop: { width: 1280, height: 800 }, phone: { width: 375, height: 812 } };

describe('axe-core finds nothing', () => {
  for (const [screen, viewport] of Object.entries(SCREENS)) for (const colorScheme of ['light', 'dark'] as const) {
    for (const [name, path] of Object.entries(PAGES)) {
      test(`${name} page, ${colorScheme} theme, ${screen}`, async () => {
        const { page, problems } = await open(path, { colorScheme, viewport });
        assert.equal(await background(page), colorScheme === 'dark' ? DARK_BG : LIGHT_BG);
        assert.deepEqual(await axeViolations(page), []);
        // The not-found page is served with its 404 status, which the console reports as a failed load.
        assert.deepEqual(name === 'not found' ? problems.filter((p) => !/status of 404/u.test(p)) : problems, []);
      });
    }
  }

  test('with the dark theme chosen by the toggle (paper page)', async () => {
    const { page } = await open(LI, { colorScheme: 'light' });
    await page.getByRole('button', { name: 'Dark theme' }).click();
    assert.equal(await background(page), DARK_BG);
    assert.deepEqual(await axeViolations(page), []);
  });
});

describe('narrow screens: no sideways scrolling', () => {
  for (const width of [320, 375]) {
    for (const [name, path] of Object.entries(PAGES)) {
      test(`${name} page at ${width} px`, async () => {
        const { page } = await open(path, { viewport: { width, height: 740 } });
        const overflow = await page.evaluate(() => {
          const wide = [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > innerWidth + 1 && !el.closest('.visually-hidden, .table-scroll, .katex-display, pre, [hidden]'))
            .slice(0, 3)
            .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
          return { scrollWidth: document.documentElement.scrollWidth, wide };
        });
        assert.ok(overflow.scrollWidth <= width, `page is ${overflow.scrollWidth} px wide; too wide: ${overflow.wide.join(', ')}`);
      });
    }
  }
});

describe('print', () => {
  test('a paper prints with its title, citation and page markers, without the site around it', async () => {
    const { page } = await open(LI, { colorScheme: 'dark' });
    // A card open on screen must not follow the paper onto paper.
    await page.locator('a.citation', { hasText: '(Calatayud, 2025)' }).hover();
    await page.locator('#citation-card').waitFor({ state: 'visible' });
    await page.emulateMedia({ media: 'print' });

    for (const hidden of ['.site-header', 'nav[aria-label="Site"]', 'nav[aria-label="Contents"]', '.search-form', '.theme-toggle', '#citation-card', '.site-footer', '.passage-link']) {
      assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is not printed`);
    }
    assert.equal(await page.locator('h1').isVisible(), true);
    assert.match(await page.locator('h1').innerText(), /^The Impact of Artificial Intelligence and Robotics on International Trade/);
    assert.match(await page.locator('.paper-header .source').innerText(), /The Journal of Economic Sciences: Theory and Practice 83\(1\), 2026/);
    assert.equal(await page.locator('.cite-styles').isVisible(), true, 'the formatted citation is printed');
    assert.match(await page.locator('.cite-styles').innerText(), /Li, T\. \(2026\)/);
    const markers = page.locator('.paper-body .page-marker');
    assert.deepEqual(await markers.allInnerTexts(), ['p. 43', 'p. 52']);
    assert.equal(await markers.first().isVisible(), true);

    const colours = await page.evaluate(() => {
      const text = document.querySelector('#b7');
      return { text: text && getComputedStyle(text).color, paper: getComputedStyle(document.documentElement).backgroundColor };
    });
    assert.deepEqual(colours, { text: 'rgb(0, 0, 0)', paper: 'rgb(255, 255, 255)' }, 'black on white, whatever the screen theme');
  });
});
