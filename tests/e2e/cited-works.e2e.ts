/**
 * Cited works lead somewhere: the end of a paper lists the works it cites,
 * each formatted where enough is known, with links back to where it is cited
 * and on to the work (its DOI, its page here, searches for it); a work's own
 * page (for a work other papers or the glossary cite too) shows the full
 * reference and the same links; a work one paper cites has no empty drawing
 * of a graph.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { openPage, useSite } from './harness.ts';

const LI = 'papers/li-2026-impact-artificial-intelligence-robotics/';

describe('cited works', () => {
  const site = useSite();

  test("the end of Li Ting's paper lists her cited works, formatted, each with links back and on", async () => {
    const { page, problems } = await openPage(site.browser, `${site.url}${LI}`);
    const list = page.getByRole('region', { name: 'References' });
    const items = list.getByRole('listitem');
    assert.equal(await items.count(), 3);
    const gereffi = list.locator('#work-gereffi-korzeniewicz-1994');
    assert.match(await gereffi.locator('.formatted').innerText(), /^Gereffi, G\., & Korzeniewicz, M\. \(Eds\.\)\. \(1994\)\. Commodity Chains and Global Capitalism\. Praeger\.$/);
    assert.deepEqual(await gereffi.locator('a.outbound').allInnerTexts(), ['Google Scholar', 'Crossref', 'OpenAlex']);
    assert.match((await gereffi.locator('a.outbound').first().getAttribute('href')) ?? '', /^https:\/\/scholar\.google\.com\/scholar\?q=Commodity/);
    // Back to where it is cited: the link lands on the citing paragraph, which holds the citation.
    const back = gereffi.locator('.cited-at a[href^="#b"]').first();
    const target = ((await back.getAttribute('href')) ?? '').slice(1);
    assert.match(await page.locator(`[id="${target}"]`).innerText(), /Gereffi and Korzeniewicz/);
    // A work known only by author and year says so, and can still be searched for.
    const calatayud = list.locator('#work-calatayud-2025');
    assert.equal(await calatayud.locator('.formatted').innerText(), 'Calatayud, 2025');
    assert.match((await calatayud.locator('a.outbound').first().getAttribute('href')) ?? '', /q=Calatayud%202025$/);
    assert.deepEqual(problems, []);
  });

  test("a work's page shows its full reference, other styles a click away, and where it leads", async () => {
    const { page, problems } = await openPage(site.browser, `${site.url}references/gereffi-korzeniewicz-1994/`);
    assert.match(await page.locator('.reference-entry .formatted').innerText(), /Commodity Chains and Global Capitalism/);
    assert.equal(await page.locator('.other-styles summary').innerText(), 'Other styles');
    assert.ok((await page.locator('.reference-entry a.outbound').count()) >= 3);
    assert.deepEqual(problems, []);
  });

  test('a work one paper cites has its neighbour listed, and no drawing of a one-line graph', async () => {
    const { page } = await openPage(site.browser, `${site.url}references/gereffi-korzeniewicz-1994/`);
    const graph = page.locator('section.local-graph');
    assert.equal(await graph.count(), 1);
    assert.equal(await graph.locator('svg').count(), 0);
    assert.ok((await graph.getByRole('link').count()) >= 1);
  });
});
