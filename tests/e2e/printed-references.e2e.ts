/**
 * Papers whose pages print their reference list (tests/fixtures/reference-lists/,
 * our own words in Vancouver, APA and flattened GOST shapes), ingested and
 * built into a site of their own: the list stays in the text, each entry's
 * DOI leading out; "[1]" and "(Lund, 2018b)" lead to their entries; cards
 * show the full reference; the works another paper cites too are linked
 * under the printed list, to pages of their own; "Cite this" copies.
 */
import assert from 'node:assert/strict';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ROOT } from '../helpers/corpus.ts';
import { axeViolations, openPage } from './harness.ts';
import { useCollectionSite } from './synthetic-site.ts';

const { site } = useCollectionSite('printed-references', (content) => {
  cpSync(join(ROOT, 'tests/fixtures/reference-lists'), join(content, 'sources'), { recursive: true });
});
const VANCOUVER = 'papers/kovac-2024-weekend-buses/';
const APA = 'papers/lund-2023-weekend-riders/';

describe('a reference list printed on the pages', () => {
  test('the list stays in the text, its DOIs leading out, and "[1]" leads to entry 1', async () => {
    const { page, problems } = await openPage(site.browser, site.url + VANCOUVER);
    const entries = page.locator('.paper-body li:has(span[id^="work-"])');
    assert.equal(await entries.count(), 3);
    assert.match(await entries.nth(0).innerText(), /^Kovač A, Brandt P\. Weekend timetables and missed trips\./u);
    // No second list at the end: the printed one is the paper's.
    assert.equal(await page.locator('.numbered-references').count(), 0);
    const first = page.locator('a.citation-numbered', { hasText: '[1]' });
    await first.click();
    await page.waitForURL(/#ref-1$/u);
    assert.equal(await page.evaluate(() => document.getElementById('ref-1')?.closest('li')?.textContent?.includes('Weekend timetables')), true);
    assert.deepEqual(await axeViolations(page), []);
    // One paper cites each work, so the printed entry is where it is read: its DOI leads out.
    assert.deepEqual(await entries.nth(0).locator('a.outbound').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')])), [['https://doi.org/10.5555/jtg.2019.0112', 'https://doi.org/10.5555/jtg.2019.0112']]);
    assert.equal((await fetch(`${site.url}references/kovac-2024-weekend-buses-ref-1/`)).status, 404, 'no page of its own');
    assert.deepEqual(problems, []);
  });

  test('"(Lund, 2018b)" leads to the second of two works of one year, and its card shows the full reference', async () => {
    const { page, problems } = await openPage(site.browser, site.url + APA);
    const citation = page.locator('a.citation', { hasText: 'Lund, 2018b' });
    assert.equal(await citation.getAttribute('href'), '#work-lund-2018b');
    // Its card is the printed entry it leads to, as the authors wrote it.
    await citation.hover();
    await page.locator('#citation-card').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#citation-card').innerText(), 'Lund, T. (2018b). Late buses and the weekend rider: A panel study. Transport Reviews, 38(5), 611–630.');
    await citation.click();
    await page.waitForURL(/#work-lund-2018b$/u);
    assert.match(await page.evaluate(() => document.querySelector(':target')?.parentElement?.textContent ?? ''), /^Lund, T\. \(2018b\)\. Late buses/u);
    assert.deepEqual(problems, []);
  });

  test('the works another paper cites too are linked under the printed list, to pages that list both papers', async () => {
    const { page, problems } = await openPage(site.browser, site.url + APA, { javaScript: false });
    const shared = page.getByRole('region', { name: 'Cited elsewhere in this collection too' });
    assert.deepEqual(await shared.locator('a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')])), [
      ['Ferris et al., 2021', '/references/ferris-et-al-2021/'],
      ['Lund, 2018b', '/references/lund-2018b/'],
    ]);
    await shared.locator('a', { hasText: 'Lund, 2018b' }).click();
    await page.waitForURL(/\/references\/lund-2018b\/$/u);
    const citing = await page.locator('.cited-by > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.replace(/#.*$/u, '')));
    assert.deepEqual([...new Set(citing)].sort(), [`/${APA}`, '/papers/moyo-2024-sunday-gaps/']);
    // The other paper's list is not in the collection: its end list's entry leads to the same page.
    const other = await openPage(site.browser, `${site.url}papers/moyo-2024-sunday-gaps/`, { javaScript: false });
    assert.equal(await other.page.locator('#work-lund-2018b a.about-work').getAttribute('href'), '/references/lund-2018b/');
    assert.deepEqual([...problems, ...other.problems], []);
  });

  test('"Cite this paper" copies a format and says so, to the eye and to a screen reader', async () => {
    const { page, problems } = await openPage(site.browser, site.url + APA, { context: { permissions: ['clipboard-read', 'clipboard-write'] } });
    const button = page.locator('.cite-this button', { hasText: /copy/iu }).first();
    await button.click();
    await page.waitForFunction(() => [...document.querySelectorAll('.cite-this button')].some((b) => b.textContent === 'Copied'));
    assert.match((await page.locator('.cite-this [role="status"], .cite-this [aria-live]').first().textContent()) ?? '', /^Copied the /u);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /^Lund, T\. \(2023\)\. Weekend riders in regional/u);
    assert.deepEqual(problems, []);
  });
});
