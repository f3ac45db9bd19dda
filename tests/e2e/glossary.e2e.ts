/**
 * The glossary as a reader meets it, in Chromium: terms linked in place with
 * definitions on hover and focus, entry pages with the defining passage, math
 * and a concordance, and search that finds entries by term and alias.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axeViolations, openPage, useSite } from './harness.ts';

const site = useSite();
const LI = 'papers/li-2026-impact-artificial-intelligence-robotics/';

describe("terms in Li Ting's paper", () => {
  test('the first "reshoring" links to its entry and shows the definition on hover and focus', async () => {
    const { page, problems } = await openPage(site.browser, site.url + LI);
    const first = page.locator('.paper-body a.term', { hasText: /^reshoring$/ }).first();
    assert.equal(await first.getAttribute('href'), '/glossary/reshoring/');
    await first.hover();
    const card = page.locator('#citation-card');
    await card.waitFor({ state: 'visible' });
    assert.match(await card.innerText(), /^Reshoring\n/);
    assert.match(await card.innerText(), /Glossary entry and every use in the collection/);
    assert.deepEqual(await axeViolations(page), [], 'no violations with a definition open');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    await first.focus();
    await card.waitFor({ state: 'visible' });
    assert.deepEqual(problems, []);
  });

  test('each term links once in a paper; later uses show the card on hover and are no tab stop', async () => {
    const ZHANG = 'papers/zhang-global-industrial-supply-chain/';
    const { page } = await openPage(site.browser, site.url + ZHANG);
    const links = await page.locator('.paper-body a.term').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    assert.equal(new Set(links).size, links.length, 'no concept linked twice (the paper has no section long enough to link again)');
    const mentions = page.locator('.paper-body span.term-mention[data-term]');
    assert.ok((await mentions.count()) >= 10, 'later uses are marked, not linked');
    const mention = mentions.first();
    const slug = await mention.getAttribute('data-term');
    assert.ok(links.includes(`/glossary/${slug}/`), 'a mention follows its linked first use');
    await mention.hover();
    const card = page.locator('#citation-card');
    await card.waitFor({ state: 'visible' });
    assert.match(await card.innerText(), /Glossary entry and every use in the collection/);
    // Tab presses from the top of the page to the first citation: 56 when every section linked its terms again, 47 now.
    let presses = 0;
    await page.keyboard.press('Escape');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    while (presses < 100) {
      await page.keyboard.press('Tab');
      presses++;
      const focused = await page.evaluate(() => ({ citation: document.activeElement?.matches('.paper-body a.citation') ?? false, mention: document.activeElement?.matches('.term-mention') ?? false }));
      assert.equal(focused.mention, false, 'a mention is never focused');
      if (focused.citation) break;
    }
    assert.ok(presses <= 47, `${presses} Tab presses to the first citation`);
  });

  test('no term link inside a heading or a citation', async () => {
    const { page } = await openPage(site.browser, site.url + LI, { javaScript: false });
    assert.equal(await page.locator('.paper-body :is(h1, h2, h3, h4) a.term, a.citation a.term, a.citation .term-mention').count(), 0);
    assert.ok((await page.locator('.paper-body a.term').count()) > 10);
    // Later mentions of a linked term look like the text around them: only links look like links.
    const mention = page.locator('.paper-body .term-mention').first();
    const look = await mention.evaluate((el) => {
      const s = getComputedStyle(el);
      return [s.borderBottomStyle, s.textDecorationLine, s.cursor];
    });
    assert.deepEqual(look, ['none', 'none', 'auto']);
  });
});

describe('glossary pages', () => {
  test('the Reshoring entry: definition, defining passage, and occurrences on p. 43 and p. 52', async () => {
    const { page, problems } = await openPage(site.browser, `${site.url}glossary/reshoring/`);
    assert.equal(await page.locator('h1').innerText(), 'Reshoring');
    const where = await page.locator('.kwic-where').allInnerTexts();
    assert.ok(where.includes('p. 43') && where.includes('p. 52'), where.join(', '));
    const link = page.locator('.kwic-where', { hasText: 'p. 52' }).first();
    await link.click();
    await page.waitForURL(/\/papers\/li-2026-impact-artificial-intelligence-robotics\/#b10$/);
    assert.match(await page.locator('#b10').innerText(), /reshoring/);
    assert.deepEqual(problems, []);
  });

  test('the quoted passage names its paper and place, and whether it defines the term or uses it; a web article\'s uses are named by paragraph', async () => {
    const { page, problems } = await openPage(site.browser, `${site.url}glossary/pan-securitization/`, { javaScript: false });
    const caption = page.locator('.defining-passage figcaption');
    assert.match(await caption.innerText(), /^Used in Global Industrial and Supply Chain Restructuring: Background, Characteristics and Development Trends, ¶ \d+$/);
    const where = await page.locator('.kwic-where').allInnerTexts();
    assert.ok(where.length > 0);
    for (const w of where) assert.match(w, /^¶ \d+$/);
    // Each names the paragraph it lands on.
    const first = page.locator('.kwic-where').first();
    assert.match((await first.getAttribute('href')) ?? '', new RegExp(`#b${where[0]!.slice(2)}$`));
    const reshoring = await openPage(site.browser, `${site.url}glossary/reshoring/`, { javaScript: false });
    assert.match(await reshoring.page.locator('.defining-passage figcaption').innerText(), /^Used in The Impact of Artificial Intelligence and Robotics on International Trade: .+, p\. \d+$/);
    // A passage that says what the term is is "Defined in".
    const gvc = await openPage(site.browser, `${site.url}glossary/global-value-chain/`, { javaScript: false });
    assert.match(await gvc.page.locator('.defining-passage figcaption').innerText(), /^Defined in /);
    assert.deepEqual(problems, []);
  });

  test('works an entry names are linked like citations: a card on hover, and a page that says the entry cites them', async () => {
    const { page, problems } = await openPage(site.browser, `${site.url}glossary/relative-gains/`);
    const cite = page.locator('.explanation a.citation', { hasText: '(Grieco 1988)' });
    assert.equal(await cite.getAttribute('href'), '/references/grieco-1988/');
    await cite.hover();
    const card = page.locator('#citation-card');
    await card.waitFor({ state: 'visible' });
    assert.match(await card.innerText(), /Grieco, 1988[\s\S]*Cited in the glossary/);
    assert.deepEqual(await axeViolations(page), [], 'no violations with the card open');
    await cite.click();
    await page.waitForURL(/\/references\/grieco-1988\/$/);
    assert.equal(await page.locator('.cited-in-glossary').innerText(), 'Cited in the glossary: Relative gains.');
    await page.locator('.cited-in-glossary a').click();
    await page.waitForURL(/\/glossary\/relative-gains\/$/);
    for (const [entry, work] of [['comparative-advantage', 'balassa-1965'], ['pan-securitization', 'buzan-et-al-1998']]) {
      const other = (await openPage(site.browser, `${site.url}glossary/${entry}/`)).page;
      assert.equal(await other.locator(`.explanation a.citation[data-ref="${work}"]`).count(), 1, `${entry} links ${work}`);
    }
    assert.deepEqual(problems, []);
  });

  test('a formula renders with KaTeX (and MathML), dollar amounts stay text', async () => {
    const { page } = await openPage(site.browser, `${site.url}glossary/comparative-advantage/`);
    assert.equal(await page.locator('.katex-display .katex-html').count(), 1);
    assert.equal(await page.locator('.katex-display math').count(), 1);
    // The symbols the explanation names are math too, not "X_ij" in plain text.
    const explanation = page.locator('.explanation p', { hasText: /is the value of exports/ });
    assert.equal(await explanation.locator('.katex').count(), 6);
    assert.doesNotMatch(await explanation.innerText(), /_/);
    assert.deepEqual(await axeViolations(page), []);
  });

  test('the index lists every concept A-Z with its use in the collection', async () => {
    const { page } = await openPage(site.browser, `${site.url}glossary/`);
    const terms = await page.locator('.glossary-item dt').allInnerTexts();
    assert.ok(terms.length >= 30);
    assert.deepEqual(terms, [...terms].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    assert.match(await page.locator('.glossary-item', { hasText: /^Reshoring/ }).innerText(), /3 occurrences in 1 paper\./);
    assert.deepEqual(await axeViolations(page), []);
  });

  test('each letter of the index is a target of at least 24 × 24 px, on a phone too (WCAG 2.2, 2.5.8)', async () => {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 812 }]) {
      const { page } = await openPage(site.browser, `${site.url}glossary/`, { context: { viewport } });
      const boxes = await page.locator('.letters a').evaluateAll((links) => links.map((a) => a.getBoundingClientRect()));
      assert.ok(boxes.length >= 10);
      for (const box of boxes) assert.ok(box.width >= 24 && box.height >= 24, `${box.width} × ${box.height} at ${viewport.width} px`);
      await page.context().close();
    }
  });
});

describe('search', () => {
  test('"reshoring" shows the Reshoring entry first; "GVC" finds the global value chain entry', async () => {
    const { page } = await openPage(site.browser, `${site.url}search/?q=reshoring`);
    await page.locator('.search-result').first().waitFor();
    assert.equal(await page.locator('.search-result h2').first().innerText(), 'Reshoring');
    await page.goto(`${site.url}search/?q=GVC`);
    await page.locator('.search-result').first().waitFor();
    const titles = await page.locator('.search-result h2').allInnerTexts();
    assert.ok(titles.slice(0, 3).includes('Global value chain'), titles.join(' | '));
  });
});
