/**
 * Search as you type from every page, in Chromium: Ctrl+K opens the search
 * dialog, results come under the box while typing, papers first, then
 * glossary entries and cited works; arrow keys walk them and Enter opens
 * one, whose page marks the words found clearly. Excerpts say where they
 * are cut (…) and never run across missing pages. The dialog has the search
 * page's filters and a "Show more results" button, and axe-core finds
 * nothing with it open, in both themes, on a desktop and on a phone.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { axeViolations, openPage, useSite } from './harness.ts';

const site = useSite();
const LI = 'papers/li-2026-impact-artificial-intelligence-robotics/';
const LI_TITLE = /^The Impact of Artificial Intelligence and Robotics on International Trade/;

/** Opens the dialog with Ctrl+K and types the query key by key, as a reader does. */
async function typeInDialog(page: Page, query: string): Promise<void> {
  await page.keyboard.press('Control+K');
  await page.locator('#search-dialog[open]').waitFor();
  await page.keyboard.type(query, { delay: 20 });
  await page.waitForFunction((q) => document.querySelector('#search-dialog-status')?.textContent?.includes(`“${q}”`), query);
}

/** The dialog's section headings, without their counts (their text, not its upper-case look). */
const sectionNames = (page: Page) =>
  page.locator('#search-dialog .search-section h2').evaluateAll((hs) => hs.map((h) => h.firstChild?.textContent?.trim()));

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim());

/** WCAG contrast ratio of two computed rgb() colours. */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r, g, bl] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('the search dialog from a paper page', () => {
  test('Ctrl+K opens it; typing "reshoring" shows results under the box, papers first, then glossary entries', async () => {
    const { page, problems } = await openPage(site.browser, site.url + LI);
    await page.keyboard.press('Control+K');
    const dialog = page.getByRole('dialog', { name: 'Search the collection' });
    await dialog.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-dialog-query');
    // Results come while typing: before the word is finished, and without Enter.
    await page.keyboard.type('resho', { delay: 30 });
    await dialog.locator('.search-result').first().waitFor();
    await page.keyboard.type('ring', { delay: 30 });
    await page.waitForFunction(() => /for “reshoring”/.test(document.querySelector('#search-dialog-status')?.textContent ?? ''));
    assert.equal(new URL(page.url()).pathname, `/${LI}`, 'still on the paper');

    assert.deepEqual(await sectionNames(page), ['Papers', 'Glossary entries']);
    const papers = dialog.locator('.search-section').first();
    assert.match(await papers.locator('.search-result h3').first().innerText(), LI_TITLE);
    const concepts = await dialog.locator('.search-section').nth(1).locator('.result-meta').allInnerTexts();
    assert.deepEqual([...new Set(concepts)], ['Concept']);
    assert.match(await page.locator('#search-dialog-status').innerText(), /^1 paper and \d+ glossary entries for “reshoring”\.$/);
    assert.deepEqual(problems, []);
  });

  test('↓ and ↑ walk the results, Enter opens one, and its page marks the words found in a strong colour', async () => {
    const { page, problems } = await openPage(site.browser, site.url + LI);
    await typeInDialog(page, 'reshoring');
    await page.keyboard.press('ArrowDown');
    assert.match((await focusedText(page)) ?? '', LI_TITLE);
    await page.keyboard.press('ArrowDown');
    assert.match((await focusedText(page)) ?? '', /p\. 43$/, 'the first place in the paper');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    assert.match((await focusedText(page)) ?? '', /p\. 43$/);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-dialog-query', '↑ from the first result goes back to the box');
    // Typing on a result goes on in the box.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.type('x');
    assert.equal(await page.locator('#search-dialog-query').inputValue(), 'reshoringx');
    await page.keyboard.press('Backspace');
    await page.waitForFunction(() => /for “reshoring”/.test(document.querySelector('#search-dialog-status')?.textContent ?? ''));

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/papers\/li-2026-impact-artificial-intelligence-robotics\/\?pagefind-highlight=[^#]+#(b\d+|page-\d+)$/);
    const hash = new URL(page.url()).hash;
    const mark = page.locator(`${hash} mark.pagefind-highlight`).first();
    await mark.waitFor();
    assert.match(await mark.innerText(), /reshor/i);
    // The passage landed on is tinted; the words found stand out from it, and keep AA contrast.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const colours = await mark.evaluate((m) => {
        const passage = m.closest('[id]')!;
        return { mark: getComputedStyle(m).backgroundColor, text: getComputedStyle(m).color, passage: getComputedStyle(passage).backgroundColor };
      });
      const onMark = contrast(colours.text, colours.mark);
      assert.ok(onMark >= 4.5, `${colorScheme}: text on the mark ${onMark.toFixed(2)}:1`);
      assert.notEqual(colours.mark, colours.passage, `${colorScheme}: the mark is not the passage colour`);
      const apart = contrast(colours.mark, colours.passage);
      assert.ok(apart >= 1.3, `${colorScheme}: the mark against the passage ${apart.toFixed(2)}:1`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    assert.deepEqual(await axeViolations(page), [], 'the highlighted page passes axe-core');
    assert.deepEqual(problems, []);
  });

  test('Escape closes the dialog and gives focus back; Ctrl+K opens it again with the same results', async () => {
    const { page } = await openPage(site.browser, site.url + LI);
    await typeInDialog(page, 'reshoring');
    await page.keyboard.press('Escape');
    await page.locator('#search-dialog').waitFor({ state: 'hidden' });
    assert.notEqual(await page.evaluate(() => document.activeElement?.closest('dialog')), true);
    await page.keyboard.press('Control+K');
    await page.locator('#search-dialog[open]').waitFor();
    assert.equal(await page.locator('#search-dialog-query').inputValue(), 'reshoring');
    assert.ok((await page.locator('#search-dialog .search-result').count()) > 0);
  });

  test('Enter in the box opens the search page with every result', async () => {
    const { page } = await openPage(site.browser, `${site.url}glossary/`);
    await typeInDialog(page, 'reshoring');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=reshoring/);
    await page.locator('.search-result').first().waitFor();
  });
});

describe('excerpts', () => {
  test('are cut with an ellipsis, and each place in a paper has its own', async () => {
    const { page } = await openPage(site.browser, site.url + LI);
    await typeInDialog(page, 'reshoring');
    const excerpts = await page.locator('#search-dialog :is(.excerpt, .place-excerpt)').allInnerTexts();
    assert.ok(excerpts.length >= 3, excerpts.join('\n'));
    for (const text of excerpts) assert.ok(/^…|…$/.test(text.trim()) || text.trim().split(/\s+/).length < 24, `cut without an ellipsis: ${text}`);
    assert.ok(excerpts.some((t) => t.trim().endsWith('…')), 'at least one excerpt goes on after it');
  });

  test('never run across missing pages: a match at the end of p. 43 ends there, before pp. 44–51', async () => {
    const { page } = await openPage(site.browser, site.url + LI);
    // "forecasting" is among the last words of p. 43, and p. 52 begins "On one hand, manufacturing
    // processes …": Pagefind's own excerpt, centred on the match, runs from one into the other.
    await typeInDialog(page, 'forecasting');
    const paper = page.locator('#search-dialog .search-result', { has: page.locator('h3', { hasText: LI_TITLE }) });
    const texts = await paper.locator(':is(.excerpt, .place-excerpt)').allInnerTexts();
    assert.ok(texts.length > 0);
    for (const text of texts) {
      assert.match(text, /forecasting/);
      assert.doesNotMatch(text, /On one hand/, `runs on past the missing pages: ${text}`);
      assert.match(text.trim(), /…$/, 'says the text goes on');
    }
    // The search page's results are built the same way.
    await page.goto(`${site.url}search/?q=forecasting`);
    await page.locator('.search-result').first().waitFor();
    const onPage = await page.locator('.search-result', { has: page.locator('h2', { hasText: LI_TITLE }) }).locator('.excerpt').innerText();
    assert.doesNotMatch(onPage, /On one hand/);
    assert.match(onPage.trim(), /…$/);
  });
});

describe('filters and more results', () => {
  test('the kind filter leaves one section; "Show more results" adds results and is styled as a button', async () => {
    const { page, problems } = await openPage(site.browser, site.url + LI);
    await typeInDialog(page, 'reshoring');
    const more = page.getByRole('button', { name: 'Show more results' });
    const before = await page.locator('#search-dialog .search-result').count();
    const look = await more.evaluate((b) => {
      const s = getComputedStyle(b);
      return { border: s.borderTopStyle, radius: s.borderTopLeftRadius, colour: s.color };
    });
    assert.equal(look.border, 'solid');
    assert.notEqual(look.radius, '0px');
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-dialog .search-result').length > n, before);
    assert.equal(await page.evaluate(() => document.activeElement?.closest('.search-result') !== null), true, 'focus on the first new result');

    await page.getByRole('button', { name: 'Filter results' }).click();
    await page.locator('#search-dialog').getByLabel('Kind').selectOption({ label: 'Concepts (glossary)' });
    await page.waitForFunction(() => /\(kind: concepts \(glossary\)\)/.test(document.querySelector('#search-dialog-status')?.textContent ?? ''));
    assert.deepEqual(await sectionNames(page), ['Glossary entries']);
    assert.match((await page.locator('#search-dialog-all').getAttribute('href')) ?? '', /^\/search\/\?q=reshoring&kind=concept$/);
    assert.deepEqual(problems, []);
  });
});

describe('axe-core finds nothing with the dialog open on a paper page', () => {
  const SCREENS: Record<string, BrowserContextOptions> = {
    desktop: { viewport: { width: 1280, height: 800 } },
    phone: { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true },
  };
  for (const [screen, options] of Object.entries(SCREENS)) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${screen}, ${colorScheme} theme`, async () => {
        const context = await site.browser.newContext({ ...options, colorScheme });
        const page = await context.newPage();
        await page.goto(site.url + LI);
        if (screen === 'phone') await page.getByRole('link', { name: 'Search', exact: true }).tap();
        else await page.keyboard.press('Control+K');
        await page.locator('#search-dialog[open]').waitFor();
        await page.keyboard.type('reshoring');
        await page.waitForFunction(() => /for “reshoring”/.test(document.querySelector('#search-dialog-status')?.textContent ?? ''));
        await page.getByRole('button', { name: 'Filter results' }).click();
        await page.locator('#search-dialog').getByLabel('Kind').waitFor();
        assert.deepEqual(await axeViolations(page), []);
        await context.close();
      });
    }
  }
});
