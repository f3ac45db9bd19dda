/**
 * A collection bigger than the seeds: thirty synthetic papers (the benchmark's
 * generator) make some 600 graph nodes, so the node table comes in pages
 * (every node is in exactly one of them, the pages link to each other, and a
 * row with many links sends the reader to the node's page), and works cited
 * by many papers, whose entries in the references index stay short.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { axeViolations, openPage } from './harness.ts';
import { useSyntheticSite } from './synthetic-site.ts';

const { site, dist } = useSyntheticSite(30);

type Node = { id: string; label: string; href: string };
const graph = () => JSON.parse(readFileSync(join(dist, 'graph.json'), 'utf8')) as { nodes: Node[]; edges: { source: string; target: string }[] };

describe('the graph tables of a larger collection', () => {
  test('every node is in exactly one page of the node table, in order, and the pages link to each other', async () => {
    const { nodes } = graph();
    const { page, problems } = await openPage(site.browser, `${site.url}graph/`);
    const pager = page.locator('nav.table-pager[aria-label="Pages of the node table"]');
    const links = await pager.locator('a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('aria-current')]));
    const pages = Math.ceil(nodes.length / 150);
    assert.ok(pages >= 2, `${nodes.length} nodes should need more than one page`);
    assert.deepEqual(links, [['/graph/#graph-nodes', 'page'], ...Array.from({ length: pages - 1 }, (_, i) => [`/graph/nodes/${i + 2}/`, null])]);
    assert.equal(await page.locator('nav.table-pager[aria-label="Pages of the term map"]').count(), 0, 'thirty papers fit one page of the term map');

    const rows = [await page.locator('table.graph-nodes tr[data-node]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-node')))];
    for (let n = 2; n <= pages; n++) {
      const other = await openPage(site.browser, `${site.url}graph/nodes/${n}/`);
      assert.equal(await other.page.locator('h1').textContent(), `Nodes and their links, page ${n} of ${pages}`);
      assert.equal(await other.page.locator(`nav.table-pager a[aria-current="page"]`).getAttribute('href'), `/graph/nodes/${n}/`);
      rows.push(await other.page.locator('table.graph-nodes tr[data-node]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-node'))));
      if (n === 2) assert.deepEqual(await axeViolations(other.page), []);
      assert.deepEqual(other.problems, []);
      await other.page.close();
    }
    assert.deepEqual(rows.flat(), nodes.map((n) => n.id));
    assert.deepEqual(problems, []);
  });

  test("a row shows a node's twelve heaviest links and sends the reader to its page for the rest", async () => {
    const { nodes, edges } = graph();
    const degree = new Map<string, number>();
    for (const e of edges) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const busy = nodes.slice(0, 150).find((n) => (degree.get(n.id) ?? 0) > 12)!;
    assert.ok(busy, 'some node on the first page has more than twelve links');
    const { page } = await openPage(site.browser, `${site.url}graph/`);
    const row = page.locator(`table.graph-nodes tr[data-node="${busy.id}"]`);
    assert.equal(await row.locator('ul.graph-neighbours > li:not(.graph-more)').count(), 12);
    const more = row.locator('li.graph-more a');
    assert.equal(await more.textContent(), `${degree.get(busy.id)! - 12} more on the page of ${busy.label}`);
    assert.equal(await more.getAttribute('href'), busy.href);
  });
});

describe('the references index of a larger collection', () => {
  test('shows the first three citing papers of a work and links to its page for the rest, which lists them all', async () => {
    const { page, problems } = await openPage(site.browser, `${site.url}references/`);
    const entriesOf = (p: typeof page) =>
      p.locator('ul.reference-list > li').evaluateAll((lis) =>
        lis.map((li) => ({
          href: li.querySelector('a')!.getAttribute('href')!,
          shown: li.querySelectorAll('.cited-by li').length,
          more: li.querySelector('.cited-by-more a')?.getAttribute('href') ?? null,
          label: li.querySelector('a')!.textContent!,
          // With the work's name, hidden but read out, so each link says where it goes.
          moreText: li.querySelector('.cited-by-more a')?.textContent ?? null,
        })),
      );
    const entries = await entriesOf(page);
    // The list comes in pages (tested below): read them all.
    for (const later of await page.locator('nav.table-pager a:not([aria-current])').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      const next = await openPage(site.browser, `${site.url}${later.slice(1)}`);
      entries.push(...(await entriesOf(next.page)));
      await next.page.close();
    }
    assert.ok(entries.length > 20);
    assert.ok(entries.every((e) => e.shown <= 3));
    const busy = entries.filter((e) => e.more !== null);
    assert.ok(busy.length > 0, 'some work is cited by more than three of the thirty papers');
    for (const e of busy.slice(0, 3)) {
      assert.equal(e.shown, 3);
      assert.equal(e.more, `${e.href}#cited-by`);
      const more = Number(/^Cited by (\d+) more papers? \((.+)\)$/.exec(e.moreText!)?.[1]);
      assert.ok(e.moreText!.endsWith(`(${e.label})`), e.moreText!);
      assert.ok(more >= 1, e.moreText!);
      const work = await openPage(site.browser, `${site.url}${e.more!.slice(1)}`, { javaScript: false });
      assert.equal(await work.page.locator('h2#cited-by').innerText(), 'Cited by');
      const citing = await work.page.locator('article ul.cited-by > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('#')[0]));
      assert.equal(new Set(citing).size, 3 + more);
      await work.page.close();
    }
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
  });
});

describe('the concordance of a concept used across a larger collection', () => {
  test('shows the 25 papers that use it most in context, then the rest a line each, each paper once, the pages linked', async () => {
    const index = await openPage(site.browser, `${site.url}glossary/`);
    const concepts = await index.page.locator('main a[href^="/glossary/"]').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
    let checked = 0;
    for (const concept of concepts) {
      const { page, problems } = await openPage(site.browser, `${site.url}${concept.slice(1)}`);
      const pager = page.locator('nav.table-pager[aria-label="Pages of the concordance"]');
      if ((await pager.count()) === 0) {
        assert.ok((await page.locator('section.concordance-paper').count()) <= 25, concept);
        await page.close();
        continue;
      }
      const summary = await page.locator('#concordance + p').innerText();
      const [, uses, papers] = /^(\d+) occurrences in (\d+) papers\.$/.exec(summary)!.map(Number);
      const hrefs = await pager.locator('a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('aria-current')]));
      const pages = 1 + Math.ceil((papers! - 25) / 250);
      assert.deepEqual(hrefs, [[`${concept}#concordance`, 'page'], ...Array.from({ length: pages - 1 }, (_, i) => [`${concept}uses/${i + 2}/`, null])]);
      const counts = async (p: typeof page) => p.locator('section.concordance-paper .usage').evaluateAll((ss) => ss.map((s) => Number(s.textContent!.slice(1, -1))));
      const titles = async (p: typeof page) => p.locator('section.concordance-paper h3').evaluateAll((hs) => hs.map((h) => h.id.replace(/^kwic-/, '')));
      // Later pages: a paper a line, "9 uses, first at p. 321", the title linking to that use.
      const lineCounts = async (p: typeof page) => p.locator('ol.concordance-list .usage').evaluateAll((ss) => ss.map((s) => Number(/^(\d+) uses?,/.exec(s.textContent!)![1])));
      const lineIds = async (p: typeof page) => p.locator('ol.concordance-list li > a').evaluateAll((as) => as.map((a) => /\/papers\/([^/]+)\/#b\d+$/.exec(a.getAttribute('href')!)![1]!));
      const all = { counts: await counts(page), ids: await titles(page) };
      assert.equal(all.ids.length, 25);
      for (let n = 2; n <= pages; n++) {
        const later = await openPage(site.browser, `${site.url}${concept.slice(1)}uses/${n}/`);
        assert.match(await later.page.locator('h1').innerText(), new RegExp(`in the collection, page ${n} of ${pages}$`));
        assert.equal(await later.page.locator('nav.table-pager a[aria-current="page"]').getAttribute('href'), `${concept}uses/${n}/`);
        all.counts.push(...(await lineCounts(later.page)));
        all.ids.push(...(await lineIds(later.page)));
        assert.equal(await later.page.locator('ol.concordance-list').getAttribute('start'), String(26 + (n - 2) * 250));
        if (checked === 0 && n === 2) assert.deepEqual(await axeViolations(later.page), []);
        assert.deepEqual(later.problems, []);
        await later.page.close();
      }
      assert.equal(all.ids.length, papers, 'every paper that uses the concept, once');
      assert.equal(new Set(all.ids).size, papers);
      assert.equal(all.counts.reduce((a, b) => a + b, 0), uses, 'all its uses');
      assert.deepEqual(all.counts, [...all.counts].sort((a, b) => b - a), 'most uses first');
      assert.deepEqual(problems, []);
      await page.close();
      checked++;
    }
    assert.ok(checked > 0, 'some concept is used by more than 25 of the thirty papers');
  });
});

describe('the references list of a larger collection', () => {
  test('comes in pages of 200 works in both orders, every work once, the orders kept across pages', async () => {
    for (const [order, first, later] of [
      ['author', 'references/', (n: number) => `references/by-author/${n}/`],
      ['year', 'references/by-year/', (n: number) => `references/by-year/${n}/`],
    ] as const) {
      const { page, problems } = await openPage(site.browser, `${site.url}${first}`, { javaScript: false });
      const total = Number(/^(\d+) works cited/.exec(await page.locator('.lede').innerText())![1]);
      const pages = Math.ceil(total / 200);
      assert.ok(pages >= 2, `${total} works should need more than one page`);
      const pager = page.locator('nav.table-pager[aria-label="Pages of the references"]');
      assert.deepEqual(await pager.locator('a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('aria-current')])), [
        [`/${first}`, 'page'],
        ...Array.from({ length: pages - 1 }, (_, i) => [`/${later(i + 2)}`, null]),
      ]);
      const years: number[] = [];
      const keys: string[] = [];
      const read = async (p: typeof page) => {
        keys.push(...(await p.locator('ul.reference-list > li > a:first-child').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))));
        years.push(...(await p.locator('ul.reference-list > li > .Z3988').evaluateAll((ss) => ss.map((s) => Number(/rft\.date=(\d{4})/.exec(s.getAttribute('title')!)?.[1] ?? 0)))));
      };
      await read(page);
      assert.equal(keys.length, 200);
      for (let n = 2; n <= pages; n++) {
        const next = await openPage(site.browser, `${site.url}${later(n)}`, { javaScript: false });
        assert.equal(await next.page.locator('h1').innerText(), `References by ${order}, page ${n} of ${pages}`);
        assert.equal(await next.page.locator('nav.table-pager a[aria-current="page"]').getAttribute('href'), `/${later(n)}`);
        await read(next.page);
        assert.deepEqual(next.problems, []);
        await next.page.close();
      }
      assert.equal(keys.length, total, 'every work');
      assert.equal(new Set(keys).size, total, 'once');
      if (order === 'year') assert.deepEqual(years, [...years].sort((a, b) => a - b), 'oldest first, across pages');
      assert.deepEqual(problems, []);
      await page.close();
    }
    const second = await openPage(site.browser, `${site.url}references/by-author/2/`);
    assert.deepEqual(await axeViolations(second.page), []);
  });
});

describe('the papers list of a larger collection', () => {
  test('comes in pages of 25 papers from the home page on, every paper once, in title order', async () => {
    const { page, problems } = await openPage(site.browser, site.url, { javaScript: false });
    assert.equal(await page.locator('h1').innerText(), 'Papers');
    assert.match(await page.locator('.lede').innerText(), /^30 papers in this collection; 1–25 on this page\.$/);
    assert.deepEqual(await page.locator('nav.table-pager[aria-label="Pages of the papers"] a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('aria-current')])), [
      ['/', 'page'],
      ['/page/2/', null],
    ]);
    const titles = await page.locator('.paper-summary h2').allTextContents();
    const next = await openPage(site.browser, `${site.url}page/2/`);
    assert.equal(await next.page.locator('h1').innerText(), 'Papers, page 2 of 2');
    titles.push(...(await next.page.locator('.paper-summary h2').allTextContents()));
    assert.equal(titles.length, 30);
    assert.equal(new Set(titles).size, 30);
    assert.deepEqual(titles, [...titles].sort((a, b) => a.localeCompare(b)));
    assert.deepEqual(await axeViolations(next.page), []);
    assert.deepEqual([...problems, ...next.problems], []);
  });
});
