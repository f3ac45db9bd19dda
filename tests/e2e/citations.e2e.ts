/**
 * Citations as a reader follows them, in Chromium: cards on hover, keyboard
 * focus and Escape; each citation leading to its entry in the paper's own
 * reference list, and on to the work's page when other papers or the
 * glossary cite it too, with "cited by" back to the paragraph;
 * "Cite this paper"; the metadata Zotero reads; and every internal link of
 * the built site resolving (checked by linkinator, a real link checker).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LinkChecker } from 'linkinator';
import { axeViolations, openPage, useSite } from './harness.ts';

const site = useSite();
const LI = 'papers/li-2026-impact-artificial-intelligence-robotics/';
const LI_TITLE = 'The Impact of Artificial Intelligence and Robotics on International Trade: A Study on the Reshaping of the Global Value Chain and the Transformation of Trade Patterns';

describe('citation cards', () => {
  test('hovering "(Calatayud, 2025)" shows its card; Escape closes it', async () => {
    const { page, problems } = await openPage(site.browser, site.url + LI);
    const link = page.locator('a.citation', { hasText: '(Calatayud, 2025)' });
    await link.hover();
    const card = page.locator('#citation-card');
    await card.waitFor({ state: 'visible' });
    // The card is the entry the citation leads to, as the list at the paper's end gives it.
    assert.match(await card.innerText(), /Calatayud, 2025/);
    assert.match(await card.innerText(), /Details not given in the source/);
    assert.match(await card.innerText(), /Google Scholar · Crossref · OpenAlex/);
    assert.equal(await link.getAttribute('aria-describedby'), 'citation-card');
    assert.deepEqual(await axeViolations(page), [], 'no violations with the card open');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    assert.deepEqual(problems, []);
  });

  test('keyboard focus shows the card, and Tab moves on without being trapped', async () => {
    const { page } = await openPage(site.browser, site.url + LI);
    const link = page.locator('a.citation', { hasText: '(Calatayud, 2025)' });
    await link.focus();
    await page.locator('#citation-card').waitFor({ state: 'visible' });
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.className);
    assert.equal(focused, 'passage-link', 'focus moves to the next link in the text');
    await page.locator('#citation-card').waitFor({ state: 'hidden' });
  });
});

test('on a touch screen, a first tap shows the card and a second follows the link', async () => {
  const context = await site.browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  await page.goto(site.url + LI);
  const link = page.locator('a.citation', { hasText: '(Calatayud, 2025)' });
  await link.tap();
  await page.locator('#citation-card').waitFor({ state: 'visible' });
  assert.match(page.url(), /\/papers\/li-2026-impact-artificial-intelligence-robotics\/$/, 'the first tap stays on the page');
  await link.tap();
  await page.waitForURL(/\/papers\/li-2026-impact-artificial-intelligence-robotics\/#work-calatayud-2025$/);
  assert.ok(await page.locator('#work-calatayud-2025').isVisible());
  await context.close();
});

describe('references', () => {
  test("the narrative and parenthetical Gereffi citations lead to one entry, and it to the work's page", async () => {
    const { page } = await openPage(site.browser, site.url + LI, { javaScript: false });
    const hrefs = await page.locator('#b4 a.citation').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(hrefs, ['#work-gereffi-korzeniewicz-1994', '#work-gereffi-korzeniewicz-1994']);
    // The glossary cites it too: its entry leads to its own page, which lists the sentence citing it twice as one passage.
    const about = page.locator('#work-gereffi-korzeniewicz-1994 a.about-work');
    assert.equal(await about.getAttribute('href'), '/references/gereffi-korzeniewicz-1994/');
    await about.click();
    await page.waitForURL(/\/references\/gereffi-korzeniewicz-1994\/$/);
    const passages = await page.locator('.cited-by > li > a').evaluateAll((as) => as.map((a) => [a.textContent!.trim(), a.getAttribute('href')]));
    assert.deepEqual(passages, [[`${LI_TITLE}, p. 43`, `/${LI}#b4`]]);
    assert.match(await page.locator('.cited-by blockquote').innerText(), /Gereffi/);
  });

  test('a work one paper alone cites is read in that paper: its entry, and back to the paragraph on p. 43', async () => {
    const { page, problems } = await openPage(site.browser, site.url + LI);
    await page.locator('#b7 a.citation', { hasText: '(Calatayud, 2025)' }).click();
    await page.waitForURL(/#work-calatayud-2025$/);
    const entry = page.locator('#work-calatayud-2025');
    assert.match(await entry.innerText(), /^Calatayud, 2025\n/);
    assert.equal(await entry.locator('a.about-work').count(), 0, 'no page of its own to lead to');
    const back = entry.locator('.cited-at a');
    assert.equal((await back.innerText()).replace(/\s*\(back to where it is cited\)/, ''), '↩ p. 43');
    await back.click();
    await page.waitForURL(/#b7$/);
    assert.match(await page.locator('#b7').innerText(), /\(Calatayud, 2025\)/);
    assert.equal((await fetch(`${site.url}references/calatayud-2025/`)).status, 404);
    assert.deepEqual(problems, []);
  });

  test("the two Harvard Business Review articles are entries of Zhang's references, each naming the journal", async () => {
    const { page } = await openPage(site.browser, `${site.url}papers/zhang-global-industrial-supply-chain/`, { javaScript: false });
    for (const key of ['industrial-policy-it-doesnt-work-1983', 'new-era-industrial-policy-has-arrived-2023']) {
      assert.match(await page.locator(`#work-${key} .formatted`).innerText(), /Harvard Business Review/, key);
    }
  });

  test('the list sorts by author and by year, without JavaScript', async () => {
    const { page } = await openPage(site.browser, `${site.url}references/by-year/`, { javaScript: false });
    const labels = await page.locator('.reference-list > li > a:first-child').allInnerTexts();
    const years = labels.map((l) => Number(/(\d{4})$/.exec(l)![1]));
    assert.deepEqual(years, [...years].sort((a, b) => a - b), 'oldest first');
    assert.equal(labels[0], 'Hirschman, 1945');
    assert.equal(labels.at(-1), 'Calatayud, 2025');
    const byAuthor = (await openPage(site.browser, `${site.url}references/`)).page;
    const authors = await byAuthor.locator('.reference-list > li > a:first-child').allInnerTexts();
    assert.deepEqual(authors.slice(0, 3), ['Balassa, 1965', 'Blackwill & Harris, 2016', 'Buzan, Wæver, & de Wilde, 1998']);
    assert.equal((await byAuthor.locator('.sort-links').innerText()).replace(/\s+/gu, ' ').trim(), 'Sort by: author · year');
    assert.deepEqual(await axeViolations(byAuthor), []);
  });
});

describe("Li Ting's paper for reference managers", () => {
  test('Highwire tags give title, author, journal, volume 83, issue 1, 2026, pages 40-57', async () => {
    const { page } = await openPage(site.browser, site.url + LI, { javaScript: false });
    const meta = await page.locator('meta[name^="citation_"]').evaluateAll((ms) => ms.map((m) => [m.getAttribute('name'), m.getAttribute('content')]));
    const get = (name: string) => meta.filter(([n]) => n === name).map(([, c]) => c);
    assert.deepEqual(get('citation_title'), ['The Impact of Artificial Intelligence and Robotics on International Trade: A Study on the Reshaping of the Global Value Chain and the Transformation of Trade Patterns']);
    assert.deepEqual(get('citation_author'), ['Li, Ting']);
    assert.deepEqual(get('citation_journal_title'), ['The Journal of Economic Sciences: Theory and Practice']);
    assert.deepEqual([get('citation_volume'), get('citation_issue'), get('citation_publication_date')], [['83'], ['1'], ['2026']]);
    assert.deepEqual([get('citation_firstpage'), get('citation_lastpage')], [['40'], ['57']]);
    assert.equal(get('citation_reference').length, 3);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    assert.equal(ld['@type'], 'ScholarlyArticle');
    assert.equal(ld.isPartOf.isPartOf.volumeNumber, '83');
  });

  test('"Cite this paper" shows APA, Chicago and MLA and offers the files', async () => {
    const { page } = await openPage(site.browser, site.url + LI, { javaScript: false });
    const text = await page.locator('.cite-styles').innerText();
    // APA 7: the title in sentence case.
    assert.match(text, /Li, T\. \(2026\)\. The impact of artificial intelligence and robotics on international trade/);
    assert.match(text, /Li, Ting\. 2026\. “The Impact/);
    assert.match(text, /vol\. 83, no\. 1, 2026, pp\. 40–57\./);
    // Each file downloads under its own name, and holds what the page shows (no file in the site: a data: link).
    const downloads = await page.locator('.cite-file').evaluateAll((files) =>
      files.map((f) => ({ name: f.querySelector('a[download]')?.getAttribute('download'), href: f.querySelector('a[download]')?.getAttribute('href') ?? '', shown: f.querySelector('pre')?.textContent })),
    );
    assert.deepEqual(downloads.map((d) => d.name), ['.bib', '.ris', '.json'].map((ext) => `li-2026-impact-artificial-intelligence-robotics${ext}`));
    for (const d of downloads) assert.equal(decodeURIComponent(d.href.slice(d.href.indexOf(',') + 1)), d.shown, d.name!);
    assert.match(downloads[1]!.href, /^data:application\/x-research-info-systems;charset=utf-8,TY%20%20-%20JOUR/);
  });

  test('"cited at … ¶ 8" leads to a paragraph that shows "¶ 8"', async () => {
    const { page } = await openPage(site.browser, `${site.url}papers/zhang-global-industrial-supply-chain/`);
    const place = page.locator('#work-industrial-policy-it-doesnt-work-1983 .cited-at a', { hasText: /¶ \d+/ }).first();
    const label = /¶ \d+/.exec(await place.innerText())![0];
    await place.click();
    await page.waitForURL(/zhang-global-industrial-supply-chain\/#b\d+$/);
    const target = page.locator(':target');
    assert.equal((await target.locator('.passage-link [aria-hidden]').innerText()).replace(/\u00a0/g, ' '), label);
    assert.ok(await target.isVisible());
  });

  test('each paragraph can be cited with its page', async () => {
    const { page } = await openPage(site.browser, site.url + LI);
    assert.equal(await page.locator('#b7 .passage-link').getAttribute('data-cite'), 'Li, 2026, p. 43');
    assert.equal(await page.locator('#b12 .passage-link').getAttribute('data-cite'), 'Li, 2026, p. 52');
    assert.equal(await page.locator('#b7 .passage-link .visually-hidden').innerText(), 'Cite this passage (Li, 2026, p. 43)');
    // The ¶ is muted but legible: AA contrast against the page, in light and dark (it was faded to 2.74:1).
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const ratio = await page.locator('#b7 .passage-link').evaluate((el) => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const lum = ([r, g, b]: number[]) => {
          const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
          return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
        };
        const style = getComputedStyle(el);
        const [a, b] = [lum(rgb(style.color)), lum(rgb(getComputedStyle(document.documentElement).backgroundColor))];
        return { ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05), opacity: style.opacity };
      });
      assert.equal(ratio.opacity, '1', colorScheme);
      assert.ok(ratio.ratio >= 4.5, `${colorScheme}: ${ratio.ratio.toFixed(2)}:1`);
    }
  });
});

test('every internal link of the built site resolves (linkinator)', async () => {
  const checker = new LinkChecker();
  // Canonical and Open Graph URLs name the host the site is deployed to (FOLIO_SITE), not this
  // test server; the sub-path test checks them.
  const home = await (await fetch(site.url)).text();
  const deployed = new URL(/<link rel="canonical" href="([^"]+)"/.exec(home)![1]!).origin;
  // Crawl the site as served, so links resolve as on a real host, fragments included.
  // Links out of the site (a cited work's DOI, searches for it) are for the reader to follow; this machine has no network.
  const outside = (url: string) => !url.startsWith(site.url);
  const result = await checker.check({ path: site.url, recurse: true, checkFragments: true, linksToSkip: async (url: string) => outside(url) || (deployed !== new URL(site.url).origin && url.startsWith(deployed)) });
  const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.url} (from ${l.parent})`);
  assert.deepEqual(broken, []);
  const pages = new Set(result.links.filter((l) => l.url.startsWith(site.url)).map((l) => l.url.split('#')[0]));
  assert.ok(pages.size >= 12, `internal URLs checked: ${[...pages].join(', ')}`);
});
