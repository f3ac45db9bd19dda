/**
 * The reader in Chromium, as a reader meets it: the home page lists the
 * papers, a paper shows its printed page markers and none of the page
 * furniture, page anchors land, references link back, and all of it works
 * with JavaScript off and passes axe-core.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axeViolations, openPage, useSite } from './harness.ts';

const site = useSite();
const LI = 'papers/li-2026-impact-artificial-intelligence-robotics/';

describe('home page', () => {
  test('lists the two papers with authors, journal, year and pages', async () => {
    const { page, problems } = await openPage(site.browser, site.url);
    const titles = await page.locator('.paper-summary h2').allTextContents();
    assert.equal(titles.length, 2);
    assert.ok(titles.includes('The Impact of Artificial Intelligence and Robotics on International Trade: A Study on the Reshaping of the Global Value Chain and the Transformation of Trade Patterns'));
    assert.ok(titles.includes('Global Industrial and Supply Chain Restructuring: Background, Characteristics and Development Trends'));
    const text = await page.locator('main').innerText();
    assert.match(text, /Li Ting/);
    assert.match(text, /Zhang Lijuan/);
    assert.match(text, /The Journal of Economic Sciences: Theory and Practice 83\(1\), 2026, pp\. 40–57/);
    // Each paper says what it is about: its abstract, or its opening words.
    const summaries = await page.locator('.paper-summary .summary').allInnerTexts();
    assert.equal(summaries.length, 2);
    assert.ok(summaries.some((s) => s.startsWith('The concept of the global value chain originated')), summaries.join(' | '));
    assert.deepEqual(problems, []);
    assert.deepEqual(await axeViolations(page), []);
  });
  // Each trimmed address lands where its list starts, with JavaScript off.
  const TRIMMED = [
    { from: 'papers/', to: '', shows: '.paper-summary h2' },
    { from: 'page/', to: '', shows: '.paper-summary h2' },
    { from: 'graph/nodes/', to: 'graph/#graph-nodes', shows: 'table.graph-nodes' },
    { from: 'graph/term-map/', to: 'graph/#graph-term-map', shows: 'h2#graph-term-map' },
    { from: 'references/by-author/', to: 'references/', shows: 'ul.reference-list' },
  ];
  for (const { from, to, shows } of TRIMMED) {
    test(`an address trimmed to /${from} leads on to /${to}, also without JavaScript`, async () => {
      const { page, problems } = await openPage(site.browser, `${site.url}${from}`, { javaScript: false });
      await page.waitForURL(`${site.url}${to}`);
      assert.ok((await page.locator(shows).count()) > 0, `/${to} shows ${shows}`);
      assert.deepEqual(problems, []);
    });
  }
  test('the page that sends a reader on says where, with a link, and passes axe-core', async () => {
    const html = await (await fetch(`${site.url}graph/term-map/`)).text();
    assert.match(html, /<meta http-equiv="refresh" content="0;url=\/graph\/#graph-term-map">/);
    assert.match(html, /<meta name="robots" content="noindex">/);
    // The same page without its refresh, so that it stays to be read.
    const { page } = await openPage(site.browser, site.url);
    await page.setContent(html.replace(/<meta http-equiv="refresh"[^>]*>/, ''), { waitUntil: 'load' });
    assert.equal(await page.locator('h1').textContent(), 'Term map');
    assert.equal(await page.locator('main a[href="/graph/#graph-term-map"]').textContent(), 'the collection graph, where the table begins');
    assert.deepEqual(await axeViolations(page), []);
  });
  test('a concordance of one page has no /uses/ address to trim to', async () => {
    assert.equal((await fetch(`${site.url}glossary/reshoring/uses/`)).status, 404);
  });
});

describe("Li Ting's paper", () => {
  test('shows p. 43 and p. 52 markers and the missing pages, and no page furniture', async () => {
    const { page, problems } = await openPage(site.browser, site.url + LI);
    const markers = await page.locator('.paper-body .page-marker').allTextContents();
    assert.deepEqual(markers, ['p. 43', 'p. 52']);
    const body = await page.locator('.paper-body').innerText();
    for (const furniture of ['Azerbaijan State University of Economics', 'P. 43', 'P. 52', 'Li Ting:', 'THE JOURNAL OF ECONOMIC SCIENCES', 'on the Reshaping of the Global Value Chain and the Transformation']) {
      assert.ok(!body.includes(furniture), `no "${furniture}" in the text`);
    }
    assert.ok(!/^\s*(43|52)\s*$/m.test(body), 'no page-number line');
    assert.match(body, /pp\. 44–51 are not in this collection\./);
    assert.equal(await page.locator('h1').count(), 1);
    assert.deepEqual(problems, []);
    assert.deepEqual(await axeViolations(page), []);
  });

  test("the text is set in the site's own serif, and the interface in its sans, fetched from the site itself", async () => {
    const { page, problems } = await openPage(site.browser, site.url + LI);
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      const family = (selector: string) => getComputedStyle(document.querySelector(selector)!).fontFamily;
      const loaded = [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family.replace(/"/g, '')} ${f.weight} ${f.style}`);
      return { body: family('.paper-body > p:not(.missing-pages):not(.source-ends)'), header: family('.site-header'), loaded, display: [...document.fonts].filter((f) => !/fallback/.test(f.family)).map((f) => f.display), fallbacks: [...document.fonts].filter((f) => /fallback/.test(f.family)).length };
    });
    assert.match(fonts.body, /^"Source Serif 4 Variable"/);
    assert.match(fonts.header, /^"Source Sans 3 Variable"/);
    assert.ok(fonts.loaded.some((f) => /^Source Serif 4 Variable .* normal$/.test(f)), fonts.loaded.join(', '));
    assert.ok(fonts.loaded.some((f) => f.startsWith('Source Sans 3 Variable')), fonts.loaded.join(', '));
    assert.ok(fonts.display.length > 0 && fonts.display.every((d) => d === 'swap'), 'text shows at once in the fallback, then swaps');
    assert.ok(fonts.fallbacks >= 10, 'the fallbacks are system fonts sized to the fonts (font-fallbacks.css)');
    assert.deepEqual(problems, [], 'no font from elsewhere');
  });

  test('#page-52 lands on printed page 52', async () => {
    const { page } = await openPage(site.browser, `${site.url}${LI}#page-52`);
    const marker = page.locator('#page-52');
    assert.equal(await marker.textContent(), 'p. 52');
    const box = await marker.boundingBox();
    assert.ok(box && box.y >= 0 && box.y < 400, `page 52 marker scrolled into view (y=${box?.y})`);
  });

  test('citations link to their entry in the paper\'s references, also without JavaScript', async () => {
    const { page } = await openPage(site.browser, site.url + LI, { javaScript: false });
    const link = page.locator('a.citation', { hasText: '(Calatayud, 2025)' });
    assert.equal(await link.count(), 1);
    await link.click();
    await page.waitForURL(/\/papers\/li-2026-impact-artificial-intelligence-robotics\/#work-calatayud-2025$/);
    assert.match(await page.locator(':target .formatted').innerText(), /^Calatayud, 2025$/);
    const back = page.locator(':target .cited-at a').first();
    assert.equal(await back.getAttribute('href'), '#b7');
    await back.click();
    assert.match(await page.locator('#b7').innerText(), /\(Calatayud, 2025\)/);
  });
});

describe('references', () => {
  test('lists the cited works, each linking back to where it is cited, in a paper or in the glossary', async () => {
    const { page, problems } = await openPage(site.browser, `${site.url}references/`);
    const items = page.locator('.reference-list > li');
    assert.equal(await items.count(), 5 + 14, "the papers' 5 works and the 14 the glossary's entries cite");
    assert.equal(await items.filter({ hasText: 'Grieco, 1988' }).locator('.cited-in-glossary').innerText(), 'Cited in the glossary: Relative gains');
    const gereffi = items.filter({ hasText: 'Gereffi & Korzeniewicz, 1994' });
    const backlinks = await gereffi.locator('.cited-by a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(backlinks, ['/papers/li-2026-impact-artificial-intelligence-robotics/#b4']);
    assert.deepEqual(problems, []);
    assert.deepEqual(await axeViolations(page), []);
  });
});
