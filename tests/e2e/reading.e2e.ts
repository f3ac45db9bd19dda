/**
 * Reading a paper in Chromium: the contents beside the text (or folded on a
 * phone) used from the keyboard alone and following the reader's position,
 * permalinks on headings, breadcrumb, previous/next paper, reading time,
 * page markers in the margin or inline, and the source view that shows what
 * the cleaning removed. With JavaScript off the contents are plain links.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations, openPage, useSite } from './harness.ts';

const site = useSite();
const LI = 'papers/li-2026-impact-artificial-intelligence-robotics/';
const ZHANG = 'papers/zhang-global-industrial-supply-chain/';
const LI_HEADINGS = [
  '2.3 Artificial Intelligence Reshapes the Global Value Chain',
  'Review of the Basic Concepts of the Global Value Chain.',
  'Artificial Intelligence Reshapes the Global Value Chain.',
];

/** Press Tab until the focused element matches, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, matches: (el: Element) => boolean, limit = 80): Promise<void> {
  const source = matches.toString();
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    // eslint-disable-next-line no-new-func
    if (await page.evaluate((src) => new Function(`return (${src})`)()(document.activeElement), source)) return;
  }
  assert.fail(`no element reached in ${limit} presses of Tab`);
}

/**
 * Nothing in the page's main content reaches past the screen's right edge,
 * short of what scrolls inside its own box (code samples). The site header
 * is another page part's business.
 */
const noHorizontalScroll = (page: Page) =>
  page.evaluate(() => {
    const edge = document.documentElement.clientWidth;
    const scrollsItself = (el: Element | null): boolean =>
      el !== null && el.tagName !== 'MAIN' && (['auto', 'scroll', 'hidden'].includes(getComputedStyle(el).overflowX) || scrollsItself(el.parentElement));
    return [...document.querySelectorAll('main *')].every((el) => el.getBoundingClientRect().right <= edge + 0.5 || scrollsItself(el.parentElement));
  });

describe('contents', () => {
  test("list the paper's headings, nested, beside the text on a wide screen", async () => {
    const { page, problems } = await openPage(site.browser, site.url + LI);
    const toc = page.getByRole('navigation', { name: 'Contents' });
    assert.deepEqual(await toc.getByRole('link').allTextContents(), LI_HEADINGS);
    assert.equal(await toc.locator('ol ol a').count(), 2, 'the two subsections nest under 2.3');
    assert.ok(await toc.getByRole('link').first().isVisible(), 'open without asking on a wide screen');
    const tocBox = (await toc.boundingBox())!;
    const textBox = (await page.locator('.paper-body').boundingBox())!;
    assert.ok(tocBox.x >= textBox.x + textBox.width, `contents to the right of the text (${tocBox.x} vs ${textBox.x + textBox.width})`);
    assert.ok(await noHorizontalScroll(page));
    assert.deepEqual(problems, []);
    assert.deepEqual(await axeViolations(page), []);
  });

  test('keyboard only: Tab to an entry, Enter goes to that heading, the next Tab continues from there', async () => {
    const { page } = await openPage(site.browser, site.url + LI);
    await tabTo(page, (el) => el.closest('nav.toc') !== null && el.textContent === 'Review of the Basic Concepts of the Global Value Chain.');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#review-of-the-basic-concepts-of-the-global-value-chain$/);
    const heading = page.getByRole('heading', { name: 'Review of the Basic Concepts of the Global Value Chain.' });
    const box = (await heading.boundingBox())!;
    assert.ok(box.y >= 0 && box.y < 150, `the heading is at the top of the window (y=${box.y})`);
    await page.keyboard.press('Tab');
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent),
      '#Permalink to Review of the Basic Concepts of the Global Value Chain.',
      'focus continues from the heading, at its permalink',
    );
  });

  test('keyboard only on a phone: the folded contents open with Enter', async () => {
    const { page, problems } = await openPage(site.browser, site.url + LI);
    await page.setViewportSize({ width: 375, height: 700 });
    const firstEntry = page.locator('nav.toc a').first();
    assert.equal(await firstEntry.isVisible(), false, 'folded on a narrow screen');
    await tabTo(page, (el) => el.tagName === 'SUMMARY' && el.closest('nav.toc') !== null);
    await page.keyboard.press('Enter');
    assert.ok(await firstEntry.isVisible(), 'Enter on "Contents" opens it');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#23-artificial-intelligence-reshapes-the-global-value-chain$/);
    assert.ok(await noHorizontalScroll(page));
    assert.deepEqual(problems, []);
  });

  test('scrolling marks the section being read, and only that one', async () => {
    const { page } = await openPage(site.browser, site.url + LI);
    const current = page.locator('nav.toc a[aria-current="location"]');
    await page.getByRole('heading', { name: LI_HEADINGS[2] }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await page.waitForFunction((text) => document.querySelector('nav.toc a[aria-current="location"]')?.textContent === text, LI_HEADINGS[2]);
    await page.getByRole('heading', { name: LI_HEADINGS[1] }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await page.waitForFunction((text) => document.querySelector('nav.toc a[aria-current="location"]')?.textContent === text, LI_HEADINGS[1]);
    assert.equal(await current.count(), 1);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForFunction(() => document.querySelector('nav.toc a[aria-current]') === null);
  });

  test('without JavaScript: plain links under "Contents" that still go to the heading', async () => {
    const { page, problems } = await openPage(site.browser, site.url + LI, { javaScript: false });
    const toc = page.getByRole('navigation', { name: 'Contents' });
    assert.deepEqual(await toc.locator('a').allTextContents(), LI_HEADINGS);
    await toc.getByText('Contents').click();
    await toc.getByRole('link', { name: LI_HEADINGS[2] }).click();
    await page.waitForURL(/#artificial-intelligence-reshapes-the-global-value-chain$/);
    assert.deepEqual(problems, []);
  });
});

/** Characters on each full line of the paper's first long run of plain text. */
function charactersPerLine(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const text = [...document.querySelectorAll('.paper-body p')]
      .flatMap((p) => [...p.childNodes])
      .find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.length > 300)!;
    const range = document.createRange();
    const lines: number[] = [];
    let top: number | undefined;
    for (let i = 0; i < text.textContent!.length; i++) {
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      const y = Math.round(range.getBoundingClientRect().top);
      if (y !== top) lines.push(0);
      top = y;
      lines[lines.length - 1]!++;
    }
    return lines.slice(1, -1); // the first and last lines may be partial
  });
}

describe('around the text', () => {
  test('a comfortable measure: 60 to 75 characters a line on a wide screen', async () => {
    const { page } = await openPage(site.browser, site.url + LI);
    const lines = await charactersPerLine(page);
    assert.ok(lines.length >= 2, 'a paragraph of several lines');
    for (const n of lines) assert.ok(n >= 60 && n <= 75, `${n} characters in a line (${lines.join(', ')})`);
  });

  test('every heading has a permalink named for it', async () => {
    const { page } = await openPage(site.browser, site.url + LI);
    for (const text of LI_HEADINGS) {
      const link = page.getByRole('link', { name: `Permalink to ${text}` });
      const id = await page.getByRole('heading', { name: text }).getAttribute('id');
      assert.equal(await link.getAttribute('href'), `#${id}`);
    }
    const permalink = page.getByRole('link', { name: `Permalink to ${LI_HEADINGS[1]}` });
    await permalink.focus();
    assert.equal(await permalink.evaluate((a) => getComputedStyle(a).opacity), '1', 'shown when focused');
  });

  test('every paragraph has an id and a permalink to it', async () => {
    const { page } = await openPage(site.browser, site.url + LI);
    const paragraphs = page.locator('.paper-body > p:not(.missing-pages)');
    const count = await paragraphs.count();
    assert.ok(count >= 5);
    for (let i = 0; i < count; i++) {
      const p = paragraphs.nth(i);
      const id = await p.getAttribute('id');
      assert.match(id ?? '', /^b\d+$/);
      assert.equal(await p.locator('a.passage-link').getAttribute('href'), `#${id}`);
    }
  });

  test('breadcrumb, reading time and previous/next paper in the home page order', async () => {
    const { page } = await openPage(site.browser, site.url + LI);
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link');
    assert.deepEqual(await crumbs.allTextContents(), ['Papers', await page.locator('h1').innerText()]);
    assert.equal(await crumbs.last().getAttribute('aria-current'), 'page');
    assert.match(await page.locator('.paper-header').innerText(), /\b\d+ min read\b/);

    const home = await openPage(site.browser, site.url);
    const order = await home.page.locator('.paper-summary h2').allTextContents();
    const neighbours = page.getByRole('navigation', { name: 'Previous and next paper' });
    const zhangTitle = 'Global Industrial and Supply Chain Restructuring: Background, Characteristics and Development Trends';
    assert.deepEqual(order.slice(0, 1), [zhangTitle], 'Zhang comes first on the home page');
    assert.equal(await neighbours.getByRole('link').count(), 1);
    await neighbours.getByRole('link', { name: `Previous paper ${zhangTitle}` }).click();
    await page.waitForURL(new RegExp(`${ZHANG}$`));
    await page.getByRole('navigation', { name: 'Previous and next paper' }).getByRole('link', { name: /^Next paper The Impact of Artificial Intelligence/ }).click();
    await page.waitForURL(new RegExp(`${LI}$`));
  });

  test('page markers hang in the margin on a wide screen and sit in the line on a phone, without sideways scrolling', async () => {
    const { page } = await openPage(site.browser, site.url + LI);
    const marker = page.locator('#page-43');
    const body = page.locator('.paper-body');
    assert.ok((await marker.boundingBox())!.x + (await marker.boundingBox())!.width <= (await body.boundingBox())!.x, 'left of the text');
    for (const width of [320, 375]) {
      await page.setViewportSize({ width, height: 700 });
      assert.ok((await marker.boundingBox())!.x >= (await body.boundingBox())!.x, `inside the text at ${width}px`);
      assert.ok(await noHorizontalScroll(page), `no sideways scrolling at ${width}px`);
    }
  });
});

describe('source view', () => {
  test("is reached from the paper and shows page 43 as received, the running head marked as removed", async () => {
    const { page, problems } = await openPage(site.browser, site.url + LI);
    await page.getByRole('link', { name: /Source pages/ }).click();
    await page.waitForURL(new RegExp(`${LI}source/$`));
    const page43 = page.getByRole('region', { name: /Page 43/ });
    const removed = await page43.locator('del').allTextContents();
    assert.ok(removed.includes('Removed: Page 43 - Azerbaijan State University of Economics'), removed.join('\n'));
    assert.ok(removed.some((l) => l.startsWith('Removed: Li Ting: The Impact of Artificial Intelligence')));
    assert.match(await page43.locator('li.removed').first().innerText(), /— viewer line$/);
    const kept = page43.locator('li:not(.removed)', { hasText: '5. In terms of promoting the growth of digital trade' });
    assert.equal(await kept.count(), 1, 'the text that became the paper is shown unmarked');
    assert.equal(await page.getByRole('region', { name: /Page 52/ }).locator('del', { hasText: 'THE JOURNAL OF ECONOMIC SCIENCES' }).count(), 1, "page 52's journal line is marked");
    assert.deepEqual(await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').allTextContents(), [
      'Papers',
      await page.locator('h1 .source-of').innerText().then((t) => t.replace(/^of /, '')),
      'Source pages',
    ]);
    assert.equal(await page.locator('[data-pagefind-body]').count(), 0, 'left out of the search index');
    assert.deepEqual(problems, []);
    assert.deepEqual(await axeViolations(page), []);
    for (const width of [320, 375]) {
      await page.setViewportSize({ width, height: 700 });
      assert.ok(await noHorizontalScroll(page), `no sideways scrolling at ${width}px`);
    }
  });

  test("the web article's Chinese lines are marked as Chinese, for screen readers' voices", async () => {
    const { page, problems } = await openPage(site.browser, `${site.url}papers/zhang-global-industrial-supply-chain/source/`, { javaScript: false });
    const chinese = await page.locator('.source-lines [lang="zh"]').allTextContents();
    for (const text of ['作者', '经典小说推荐', '杂志订阅']) assert.ok(chinese.includes(text), `${text} in ${chinese.join(' | ')}`);
    // Only the Chinese: the name after "作者:" stays in the page's language.
    const author = page.locator('.source-lines li', { hasText: '作者' }).first();
    assert.match(await author.innerText(), /作者: Zhang Lijuan/);
    assert.equal(await author.locator('[lang="zh"]').innerText(), '作者');
    assert.deepEqual(problems, []);
  });

  test("the web article's source view names what was taken out (its title, byline and site navigation), not a PDF's furniture", async () => {
    const { page } = await openPage(site.browser, `${site.url}papers/zhang-global-industrial-supply-chain/source/`, { javaScript: false });
    const lede = await page.locator('.lede').innerText();
    assert.match(lede, /5 lines were taken out of the text \((title|site navigation), (title|site navigation), byline\)/);
    assert.doesNotMatch(lede, /running head|viewer line|page number/);
    assert.match(await (await openPage(site.browser, `${site.url}${LI}source/`)).page.locator('.lede').innerText(), /running head|viewer line/);
  });
});

describe('end of the source', () => {
  test("Zhang's text, which stops after section I., says the sections that follow are not in the collection", async () => {
    const { page } = await openPage(site.browser, `${site.url}papers/zhang-global-industrial-supply-chain/`);
    const last = page.locator('.paper-body > :last-child');
    assert.equal(await last.innerText(), 'The source stops here, after section I. The sections that follow are not in this collection.');
    assert.deepEqual(await axeViolations(page), []);
  });

  test("Li Ting's paper ends with its missing pages, not with a second notice", async () => {
    const { page } = await openPage(site.browser, site.url + LI, { javaScript: false });
    assert.equal(await page.locator('.source-ends').count(), 0);
    assert.match(await page.locator('.paper-body > :last-child').innerText(), /pp\. 53–57 are not in this collection\./);
  });
});
