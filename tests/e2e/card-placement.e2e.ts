/**
 * Where cards stand, in Chromium: a card never leaves the window, whichever
 * edge its link is near. Near the bottom it flips above the link, near the
 * top it stays below, near a side it shifts inward; on a phone a tapped card
 * fits the screen and its link can be reached, even when the card must
 * scroll. The contents, "cited by" places and related concepts have cards
 * too, read from this site only; without JavaScript there is no card and
 * the link works.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { openPage, useSite } from './harness.ts';

const site = useSite();
const LI = 'papers/li-2026-impact-artificial-intelligence-robotics/';

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const boxOf = (locator: Locator): Promise<Box> =>
  locator.evaluate((el) => {
    const { top, bottom, left, right } = el.getBoundingClientRect();
    return { top, bottom, left, right };
  });

/** The card, once shown and placed. */
async function shownCard(page: Page): Promise<Box> {
  const card = page.locator('#citation-card');
  await card.waitFor({ state: 'visible' });
  return boxOf(card);
}

async function assertInsideWindow(page: Page, card: Box, what: string): Promise<void> {
  const { width, height } = await page.evaluate(() => ({ width: document.documentElement.clientWidth, height: innerHeight }));
  const where = `${what}: card at top ${card.top}, bottom ${card.bottom}, left ${card.left}, right ${card.right} in a ${width} × ${height} window`;
  assert.ok(card.top >= 0 && card.left >= 0 && card.bottom <= height && card.right <= width, where);
}

/** Scrolls so the link's top (or bottom) is `gap` px from the window's top (or bottom) edge. */
const scrollLinkTo = (link: Locator, edge: 'top' | 'bottom', gap = 12) =>
  link.evaluate(
    (a, [edge, gap]) => {
      const box = a.getBoundingClientRect();
      window.scrollBy(0, edge === 'bottom' ? box.bottom - innerHeight + Number(gap) : box.top - Number(gap));
    },
    [edge, gap] as const,
  );

async function closeCard(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.mouse.move(1, 1);
  await page.locator('#citation-card').waitFor({ state: 'hidden' });
}

describe('a citation card on a desktop window (1280 × 800)', () => {
  test('near the bottom edge it flips above the citation, inside the window', async () => {
    const { page, problems } = await openPage(site.browser, site.url + LI);
    await page.setViewportSize({ width: 1280, height: 800 });
    const link = page.locator('a.citation', { hasText: '(Calatayud, 2025)' });
    await scrollLinkTo(link, 'bottom');
    await link.hover();
    const card = await shownCard(page);
    const at = await boxOf(link);
    assert.ok(at.bottom > 760, `the citation is near the bottom (${at.bottom})`);
    assert.ok(card.bottom <= at.top, `the card (bottom ${card.bottom}) stands above the citation (top ${at.top})`);
    await assertInsideWindow(page, card, 'bottom edge');
    assert.deepEqual(problems, []);
  });

  test('near the top edge it stays below the citation, inside the window', async () => {
    const { page } = await openPage(site.browser, site.url + LI);
    await page.setViewportSize({ width: 1280, height: 800 });
    const link = page.locator('a.citation', { hasText: '(Calatayud, 2025)' });
    await scrollLinkTo(link, 'top');
    await link.hover();
    const card = await shownCard(page);
    const at = await boxOf(link);
    assert.ok(at.top < 40, `the citation is near the top (${at.top})`);
    assert.ok(card.top >= at.bottom, `the card (top ${card.top}) stands below the citation (bottom ${at.bottom})`);
    await assertInsideWindow(page, card, 'top edge');
  });

  test('a window too short for the card above or below: it is cut to the room and scrolls', async () => {
    const { page } = await openPage(site.browser, site.url + LI);
    await page.setViewportSize({ width: 1280, height: 220 });
    // A work known in full: its card has the formatted reference, where it leads and its page.
    const link = page.locator('a.citation', { hasText: '(Gereffi & Korzeniewicz, 1994)' });
    await scrollLinkTo(link, 'top', 90);
    await link.hover();
    const card = await shownCard(page);
    await assertInsideWindow(page, card, 'short window');
    const scrolls = await page.locator('#citation-card').evaluate((el) => el.scrollHeight > el.clientHeight);
    assert.ok(scrolls, 'what does not fit scrolls inside the card');
  });
});

describe('cards near the sides of a narrow window (375 px)', () => {
  // The links nearest each side of the window, on the first screenful of text.
  for (const side of ['left', 'right'] as const) {
    test(`the card of the link nearest the ${side} edge shifts to stay inside, top and bottom too`, async () => {
      const { page } = await openPage(site.browser, site.url + LI);
      await page.setViewportSize({ width: 375, height: 812 });
      const index = await page.locator('.paper-body a.term, .paper-body a.citation[data-ref]').evaluateAll(
        (links, side) => {
          const boxes = links.map((a) => a.getBoundingClientRect());
          let best = 0;
          boxes.forEach((b, i) => {
            const edge = side === 'left' ? b.left : -b.right;
            if (edge < (side === 'left' ? boxes[best]!.left : -boxes[best]!.right)) best = i;
          });
          return best;
        },
        side,
      );
      const link = page.locator('.paper-body a.term, .paper-body a.citation[data-ref]').nth(index);
      const at = await boxOf(link);
      assert.ok(side === 'left' ? at.left < 80 : at.right > 300, `the link is near the ${side} edge (${at.left}–${at.right})`);
      for (const edge of ['top', 'bottom'] as const) {
        await scrollLinkTo(link, edge);
        await link.hover();
        const card = await shownCard(page);
        await assertInsideWindow(page, card, `${side} side, ${edge} edge`);
        const now = await boxOf(link);
        if (edge === 'bottom') assert.ok(card.bottom <= now.top, `flipped above the link near the bottom (${card.bottom} vs ${now.top})`);
        else assert.ok(card.top >= now.bottom, `below the link near the top (${card.top} vs ${now.bottom})`);
        await closeCard(page);
      }
    });
  }
});

describe('on a phone (375 × 812, touch)', () => {
  test('a tapped citation near the bottom shows its card above it, inside the screen, and its link is reachable', async () => {
    const context = await site.browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await page.goto(site.url + LI);
    const link = page.locator('a.citation', { hasText: '(Gereffi & Korzeniewicz, 1994)' });
    await scrollLinkTo(link, 'bottom', 20);
    await link.tap();
    const card = await shownCard(page);
    await assertInsideWindow(page, card, 'phone, tapped near the bottom');
    assert.ok(card.bottom <= (await boxOf(link)).top, 'above the citation');
    assert.ok(card.right - card.left <= 375 - 16, `fits the screen with a margin (${card.right - card.left} px wide)`);
    const more = page.locator('#citation-card a', { hasText: 'About this work' });
    await assertInsideWindow(page, await boxOf(more), 'the card\'s link');
    await more.tap();
    await page.waitForURL(/\/references\/gereffi-korzeniewicz-1994\/$/);
    await context.close();
  });

  test('on a screen too short for the whole card, it scrolls and its link can still be tapped', async () => {
    const context = await site.browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 260 } });
    const page = await context.newPage();
    await page.goto(site.url + LI);
    const link = page.locator('a.citation', { hasText: '(Gereffi & Korzeniewicz, 1994)' });
    await scrollLinkTo(link, 'top', 100);
    await link.tap();
    const card = await shownCard(page);
    await assertInsideWindow(page, card, 'short phone screen');
    const more = page.locator('#citation-card a', { hasText: 'About this work' });
    await more.scrollIntoViewIfNeeded();
    await assertInsideWindow(page, await boxOf(more), 'the card\'s link, scrolled to');
    await more.tap();
    await page.waitForURL(/\/references\/gereffi-korzeniewicz-1994\/$/);
    await context.close();
  });
});

describe('cards on the other links of the site', () => {
  test('a contents entry shows the start of its section, beside the contents and inside the window', async () => {
    const { page, problems } = await openPage(site.browser, site.url + LI);
    await page.setViewportSize({ width: 1280, height: 800 });
    const entry = page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Review of the Basic Concepts of the Global Value Chain.' });
    await entry.hover();
    const card = await shownCard(page);
    const text = await page.locator('#citation-card').innerText();
    assert.match(text, /^Review of the Basic Concepts of the Global Value Chain\.\n/);
    assert.match(text, /The concept of the global value chain originated/);
    assert.match(text, /…$/, 'cut short with an ellipsis');
    const at = await boxOf(entry);
    assert.ok(card.right <= at.left, `to the left of the contents entry, over the text (${card.right} vs ${at.left})`);
    await assertInsideWindow(page, card, 'contents entry');
    assert.equal(await entry.getAttribute('aria-describedby'), 'citation-card');
    await page.keyboard.press('Escape');
    await page.locator('#citation-card').waitFor({ state: 'hidden' });
    // Keyboard focus shows it too.
    await entry.focus();
    await shownCard(page);
    assert.deepEqual(problems, []);
  });

  test('a "cited by" place shows the citing paragraph, read from the paper\'s page on this site', async () => {
    const { page, problems } = await openPage(site.browser, `${site.url}references/gereffi-korzeniewicz-1994/`);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.locator('.cited-by a').first().hover();
    await shownCard(page);
    const text = await page.locator('#citation-card').innerText();
    assert.match(text, /^The Impact of Artificial Intelligence and Robotics on International Trade/);
    assert.match(text, /Gereffi and Korzeniewicz in 1994/);
    assert.ok(requests.every((u) => u.startsWith(site.url)), requests.join(', '));
    assert.deepEqual(problems, []);
  });

  test('a related concept shows its definition', async () => {
    const { page, problems } = await openPage(site.browser, `${site.url}glossary/reshoring/`);
    const related = page.locator('ul.related a').first();
    const term = await related.innerText();
    await related.hover();
    await shownCard(page);
    const text = await page.locator('#citation-card').innerText();
    assert.ok(text.startsWith(`${term}\n`), text);
    const definition = await (await openPage(site.browser, `${site.url}glossary/${(await related.getAttribute('href'))!.split('/').filter(Boolean).pop()}/`)).page.locator('.definition').innerText();
    assert.ok(text.includes(definition), `${text} includes ${definition}`);
    assert.deepEqual(problems, []);
  });

  test('without JavaScript there are no cards, and the links work', async () => {
    const { page, problems } = await openPage(site.browser, site.url + LI, { javaScript: false });
    await page.locator('a.citation', { hasText: '(Calatayud, 2025)' }).hover();
    assert.equal(await page.locator('#citation-card').count(), 0);
    await page.getByRole('navigation', { name: 'Contents' }).getByText('Contents').click();
    await page.getByRole('navigation', { name: 'Contents' }).getByRole('link').first().click();
    await page.waitForURL(/#23-artificial-intelligence-reshapes-the-global-value-chain$/);
    assert.deepEqual(problems, []);
  });
});
