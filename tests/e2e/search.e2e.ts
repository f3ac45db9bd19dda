/**
 * Search in Chromium: the header search box leads to /search/?q=..., results
 * come from the Pagefind index built with the site, show the paper's title
 * (never a running head), authors and year, and land on the passage that
 * matched, with the matched words highlighted there. Filters narrow results,
 * the URL follows the query, and all of it works from the keyboard.
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
  // The link carries the matched words for the landing page's highlight.
  assert.match(href, /\/papers\/li-2026-impact-artificial-intelligence-robotics\/\?pagefind-highlight=reshoring(&[^#]*)?#(b\d+|page-\d+)$/);
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

const LI_TITLE = /^The Impact of Artificial Intelligence and Robotics on International Trade/;

test('?q=reshoring: the glossary entry first, then Li Ting\'s paper with authors, year, marked excerpt and places in the paper', async () => {
  const { page, problems } = await openPage(site.browser, `${site.url}search/?q=reshoring`);
  await page.locator('.search-result').first().waitFor();
  assert.equal(await page.locator('.search-result h2').first().innerText(), 'Reshoring');
  assert.match(await page.locator('.search-result .result-meta').first().innerText(), /^Concept$/);

  const paper = page.locator('.search-result', { has: page.locator('h2', { hasText: LI_TITLE }) });
  assert.match(await paper.locator('.result-meta').innerText(), /^Paper · Li Ting · 2026 · The Journal of Economic Sciences: Theory and Practice$/);
  assert.deepEqual((await paper.locator('.excerpt mark').allInnerTexts()).map((t) => /reshor/i.test(t)), [true, true]);

  // A sub-result names the section and lands on the paragraph where the term occurs.
  const place = paper.locator('.sub-results a').first();
  assert.match(await place.innerText(), /Artificial Intelligence Reshapes the Global Value Chain/);
  assert.match(await paper.locator('.sub-results .place-excerpt mark').first().innerText(), /reshoring/i);
  // Places name the printed page; the one on p. 52 lands on that page's marker. Past the gap
  // (pp. 44–51) the section is not known, so that place is named by its page alone.
  const labels = await paper.locator('.sub-results a').allInnerTexts();
  assert.ok(labels.some((l) => /^Artificial Intelligence Reshapes the Global Value Chain, p\. 43$/.test(l)), labels.join(' | '));
  assert.ok(labels.includes('p. 52'), labels.join(' | '));
  // The reader's notice of the gap is not the author's text: no excerpt quotes it.
  assert.doesNotMatch(await paper.innerText(), /not in this collection/);
  assert.match((await paper.locator('.sub-results a', { hasText: /p\. 52$/ }).getAttribute('href')) ?? '', /#page-52$/);
  await place.click();
  await page.waitForURL(/\/papers\/li-2026-impact-artificial-intelligence-robotics\//);
  const hash = new URL(page.url()).hash;
  assert.match(hash, /^#(b\d+|page-\d+)$/);
  assert.match(await page.locator(hash).innerText(), /reshor/i);
  // The landing page marks the matched words, in the paragraph landed on too.
  await page.locator(`${hash} mark.pagefind-highlight`).first().waitFor();
  assert.match(await page.locator(`${hash} mark.pagefind-highlight`).first().innerText(), /reshor/i);
  assert.deepEqual(problems, []);
});

test('"reshore" finds the Reshoring entry first (stemming), and its page highlights what matched', async () => {
  const { page, problems } = await openPage(site.browser, `${site.url}search/?q=reshore`);
  await page.locator('.search-result').first().waitFor();
  assert.equal(await page.locator('.search-result h2').first().innerText(), 'Reshoring');
  // The paper says "reshoring" and "reshore": both are matches.
  const paper = page.locator('.search-result', { has: page.locator('h2', { hasText: LI_TITLE }) });
  assert.ok((await paper.locator('.excerpt mark').allInnerTexts()).some((t) => /reshoring/i.test(t)));

  await page.locator('.search-result h2 a').first().click();
  await page.waitForURL(/\/glossary\/reshoring\/\?/);
  await page.locator('article mark.pagefind-highlight').first().waitFor();
  const marked = await page.locator('article mark.pagefind-highlight').allInnerTexts();
  assert.ok(marked.some((t) => /^reshoring$/i.test(t)), marked.join(' | '));
  assert.deepEqual(problems, []);
});

test('a page opened without a search loads no highlighter', async () => {
  const { page, problems } = await openPage(site.browser, `${site.url}papers/li-2026-impact-artificial-intelligence-robotics/`);
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.reload({ waitUntil: 'networkidle' });
  assert.equal(await page.locator('mark.pagefind-highlight').count(), 0);
  assert.deepEqual(requested.filter((u) => u.includes('/pagefind/')), []);
  assert.deepEqual(problems, []);
});

test('filters narrow the results and stay in the shareable URL', async () => {
  const { page, problems } = await openPage(site.browser, `${site.url}search/?q=reshoring`);
  await page.locator('.search-result').first().waitFor();
  const all = await page.locator('#search-status').innerText();
  await page.getByRole('button', { name: 'Filter results' }).click();
  await page.getByLabel('Kind').selectOption({ label: 'Concepts (glossary)' });
  await page.waitForURL(/[?&]kind=concept/);
  await page.waitForFunction((before) => document.querySelector('#search-status')?.textContent !== before, all);
  assert.match(await page.locator('#search-status').innerText(), /results? for “reshoring” \(kind: concepts \(glossary\)\)/);
  const kinds = await page.locator('.search-result .result-meta').allInnerTexts();
  assert.ok(kinds.length > 0);
  assert.deepEqual([...new Set(kinds)], ['Concept']);
  assert.deepEqual(await axeViolations(page), []);

  // The URL opens the same filtered search; an author filter leaves that author's paper only.
  await page.goto(`${site.url}search/?q=reshoring&author=Li+Ting`);
  await page.locator('.search-result').first().waitFor();
  assert.equal(await page.getByLabel('Author').inputValue(), 'Li Ting');
  const titles = await page.locator('.search-result h2').allInnerTexts();
  assert.equal(titles.length, 1);
  assert.match(titles[0] ?? '', LI_TITLE);
  assert.match(await page.locator('#search-status').innerText(), /^1 result for “reshoring” \(author: Li Ting\)\.$/);
  assert.deepEqual(problems, []);
});

test('the URL follows the query as it is typed', async () => {
  const { page, problems } = await openPage(site.browser, `${site.url}search/`);
  const box = page.locator('#search-page-query');
  await box.pressSequentially('resh');
  await page.waitForURL(/\/search\/\?q=resh$/);
  await box.pressSequentially('oring');
  await page.waitForURL(/\/search\/\?q=reshoring$/);
  await page.locator('.search-result').first().waitFor();
  await box.fill('');
  await page.waitForURL(/\/search\/$/);
  assert.match(await page.locator('#search-status').innerText(), /Type a word or phrase/);
  assert.deepEqual(problems, []);
});

test('keyboard only: Ctrl+K opens the search box, type, arrow to a result, Enter opens it', async () => {
  const { page, problems } = await openPage(site.browser, `${site.url}glossary/`);
  // The shortcut is shown, and opens the search dialog with its box focused.
  assert.match((await page.locator('#site-search-shortcut').innerText()).replace(/\s+/g, ' '), /Ctrl ?K/);
  await page.keyboard.press('Control+K');
  // The dialog's script loads on first use: the box has focus once it has.
  await page.waitForFunction(() => document.activeElement?.id === 'search-dialog-query', undefined, { timeout: 5000 });
  // Plain letters, "/" included, are typed, never taken as shortcuts.
  await page.keyboard.type('k/');
  assert.equal(await page.locator('#search-dialog-query').inputValue(), 'k/');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('reshoring');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/search\/\?q=reshoring/);
  await page.locator('.search-result').first().waitFor();
  // The search goes on in the page's own box, from which ↓ reaches the results, as the hint says.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-page-query');
  assert.ok(await page.locator('#search-help').isVisible());
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Reshoring');

  // On the search page the shortcut leads to the page's own box.
  await page.locator('h1').click();
  await page.keyboard.press('Control+K');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-page-query');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Reshoring');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Reshoring');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/glossary\/reshoring\//);
  assert.equal(await page.locator('h1').innerText(), 'Reshoring');
  assert.deepEqual(problems, []);
});

test('a search that finds nothing says so, and offers no hint about moving to results', async () => {
  const { page, problems } = await openPage(site.browser, `${site.url}search/?q=xyzzyqq`);
  await page.waitForFunction(() => /^No results/.test(document.querySelector('#search-status')?.textContent ?? ''));
  assert.equal(await page.locator('#search-help').isVisible(), false);
  assert.deepEqual(problems, []);
});

test('without JavaScript the header form still opens /search/?q=... and the page says what needs scripts', async () => {
  const { page, problems } = await openPage(site.browser, site.url, { javaScript: false });
  assert.equal(await page.locator('#site-search-shortcut').isVisible(), false);
  await page.getByRole('searchbox', { name: 'Search papers' }).fill('reshoring');
  await page.getByRole('searchbox', { name: 'Search papers' }).press('Enter');
  await page.waitForURL(/\/search\/\?q=reshoring/);
  assert.match(await page.locator('main').innerText(), /results are found in your browser and need JavaScript/);
  assert.match(await page.locator('main').innerText(), /The glossary and the list of cited works work without it\./);
  assert.deepEqual(problems, []);
});

test('a cited work found by its author reads as words: "Authors Grieco Published 1988", not run together', async () => {
  const { page, problems } = await openPage(site.browser, `${site.url}search/?q=Grieco`);
  await page.locator('.search-result').first().waitFor();
  const work = page.locator('.search-result', { has: page.locator('h2 a[href*="/references/grieco-1988/"]') });
  const excerpt = await work.locator('.excerpt').innerText();
  assert.match(excerpt, /Authors Grieco Published 1988/);
  assert.deepEqual(problems, []);
});
