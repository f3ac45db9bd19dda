/**
 * The collection graph in Chromium: the drawing (from /graph.json, laid out
 * at build time) opens a node's page on click and from the keyboard, the
 * filters hide kinds of node, the same data is in tables with JavaScript off,
 * and the page passes axe-core.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations, openPage, useSite } from './harness.ts';

const site = useSite();

interface PlacedNode {
  id: string;
  kind: string;
  label: string;
  href: string;
  x: number;
  y: number;
}

async function graphJson(): Promise<{ nodes: PlacedNode[]; edges: { source: string; target: string; weight: number }[] }> {
  const response = await fetch(`${site.url}graph.json`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /json/);
  return response.json();
}

async function openGraph(): Promise<{ page: Page; problems: string[] }> {
  const opened = await openPage(site.browser, `${site.url}graph/`);
  await opened.page.locator('#graph-canvas[data-ready="true"]').waitFor();
  return opened;
}

describe('the /graph/ page', () => {
  test('shows most of the drawing on the first screen of a laptop (1280×800), its legend and filters after it', async () => {
    const { page } = await openGraph();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.evaluate(() => window.scrollTo(0, 0));
    const box = (await page.locator('#graph-canvas').boundingBox())!;
    assert.ok(box.y < 400, `the drawing starts at y = ${box.y}`);
    assert.ok(Math.min(box.y + box.height, 800) - box.y >= 0.75 * box.height, `only ${800 - box.y} px of ${box.height} are on the first screen`);
    const controls = (await page.locator('#graph-filters').boundingBox())!;
    assert.ok(controls.y > box.y + box.height, 'the filters follow the drawing');
  });

  test('draws the canvas and lists both papers, the concepts and the cited works in tables', async () => {
    const { page, problems } = await openGraph();
    assert.equal(await page.locator('h1').innerText(), 'Collection graph');
    const canvas = page.locator('canvas#graph-canvas');
    assert.ok(await canvas.isVisible());
    assert.equal(await canvas.getAttribute('role'), 'application');
    assert.equal(await canvas.getAttribute('tabindex'), '0');
    // Drawn at the screen's pixel density.
    const size = await canvas.evaluate((c: HTMLCanvasElement) => ({ w: c.width, css: c.getBoundingClientRect().width, dpr: devicePixelRatio }));
    assert.equal(size.w, Math.round(size.css * size.dpr));

    const nodes = await page.locator('table.graph-nodes tbody th[scope="row"]').allInnerTexts();
    for (const label of [
      'The Impact of Artificial Intelligence and Robotics on International Trade: A Study on the Reshaping of the Global Value Chain and the Transformation of Trade Patterns',
      'Global Industrial and Supply Chain Restructuring: Background, Characteristics and Development Trends',
      'Reshoring',
      'Global value chain',
      'Calatayud, 2025',
    ]) {
      assert.ok(nodes.includes(label), `nodes table lists "${label}"`);
    }
    // A collection this small fits one page of each table: no page links.
    const graphJson = (await (await page.request.get(new URL('/graph.json', page.url()).href)).json()) as { nodes: unknown[] };
    assert.equal(nodes.length, graphJson.nodes.length, 'every node has its row');
    assert.equal(await page.locator('nav.table-pager').count(), 0);
    const calatayud = page.locator('table.graph-nodes tr[data-node="ref:calatayud-2025"]');
    // One paper cites it: its node leads to its entry in that paper's references (it has no page of its own).
    assert.equal(await calatayud.locator('th a').getAttribute('href'), '/papers/li-2026-impact-artificial-intelligence-robotics/#work-calatayud-2025');
    assert.match(await calatayud.locator('td').last().innerText(), /The Impact of Artificial Intelligence.*\(cited once\)/);

    const reshoringRow = page.locator('table.term-map tbody tr', { has: page.locator('th', { hasText: /^Reshoring$/ }) });
    const cell = reshoringRow.locator('td a');
    assert.equal(await cell.count(), 1, 'Reshoring is used by one paper');
    assert.equal(await cell.getAttribute('href'), '/glossary/reshoring/#kwic-li-2026-impact-artificial-intelligence-robotics');
    assert.equal(await cell.textContent(), '3 uses of Reshoring', 'the link says what it counts');
    assert.equal(await page.locator('table.term-map thead th[scope="col"]').count(), 3);
    assert.ok((await page.locator('table.term-map tbody th', { hasText: /^Global value chain$/ }).count()) === 1);
    assert.deepEqual(problems, []);
  });

  test('clicking the Reshoring mark opens its glossary entry', async () => {
    const graph = await graphJson();
    const reshoring = graph.nodes.find((n) => n.id === 'concept:reshoring')!;
    assert.equal(reshoring.href, '/glossary/reshoring/');
    const { page, problems } = await openGraph();
    const canvas = page.locator('#graph-canvas');
    await canvas.scrollIntoViewIfNeeded();
    const [tx, ty, k] = ((await canvas.getAttribute('data-transform')) ?? '').split(' ').map(Number);
    const box = (await canvas.boundingBox())!;
    const x = box.x + tx! + k! * reshoring.x;
    const y = box.y + ty! + k! * reshoring.y;
    assert.ok(x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height, 'the mark is inside the drawing');
    await page.mouse.move(x, y);
    assert.equal(await canvas.evaluate((c: HTMLCanvasElement) => c.style.cursor), 'pointer');
    await page.mouse.click(x, y);
    await page.waitForURL(/\/glossary\/reshoring\/$/);
    assert.equal(await page.locator('h1').innerText(), 'Reshoring');
    assert.deepEqual(problems, []);
  });

  test('from the keyboard: arrows move the selection, typing a name selects it, Enter opens it', async () => {
    const { page, problems } = await openGraph();
    const canvas = page.locator('#graph-canvas');
    await canvas.focus();
    await page.keyboard.press('ArrowRight');
    const first = await canvas.getAttribute('data-selected');
    assert.ok(first, 'an arrow selects a mark');
    const status = page.locator('#graph-status');
    assert.match(await status.innerText(), /Enter opens its page\.$/);
    let moved = false;
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      await page.keyboard.press(key);
      if ((await canvas.getAttribute('data-selected')) !== first) moved = true;
    }
    assert.ok(moved, 'the arrows move the selection');
    await page.keyboard.press('Escape');
    assert.equal(await canvas.getAttribute('data-selected'), null);

    await page.keyboard.type('Reshoring');
    assert.equal(await canvas.getAttribute('data-selected'), 'concept:reshoring');
    assert.match(await status.innerText(), /^Reshoring \(concept\), \d+ links: /);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/glossary\/reshoring\/$/);
    assert.deepEqual(problems, []);
  });

  test('unchecking "Cited works" hides the reference marks; a minimum weight hides light links', async () => {
    const graph = await graphJson();
    const references = graph.nodes.filter((n) => n.kind === 'reference').length;
    assert.ok(references >= 5);
    const { page, problems } = await openGraph();
    const canvas = page.locator('#graph-canvas');
    assert.equal(Number(await canvas.getAttribute('data-visible-nodes')), graph.nodes.length);
    const edges = Number(await canvas.getAttribute('data-visible-edges'));
    assert.equal(edges, graph.edges.length);
    await page.locator('#graph-filters input[name="kind"][value="reference"]').uncheck();
    assert.equal(Number(await canvas.getAttribute('data-visible-nodes')), graph.nodes.length - references);
    await page.locator('#graph-filters input[name="kind"][value="reference"]').check();
    assert.equal(Number(await canvas.getAttribute('data-visible-nodes')), graph.nodes.length);

    await page.locator('#graph-min-weight').fill('3');
    assert.equal(Number(await canvas.getAttribute('data-visible-edges')), graph.edges.filter((e) => e.weight >= 3).length);
    assert.ok(Number(await canvas.getAttribute('data-visible-edges')) < edges);
    assert.deepEqual(problems, []);
  });

  test('the drawing labels every kind of mark, and cited works once concepts are hidden', async () => {
    const { page } = await openGraph();
    const canvas = page.locator('#graph-canvas');
    const labelled = async () => Object.fromEntries(((await canvas.getAttribute('data-labelled')) ?? '').split(', ').filter(Boolean).map((p) => [p.split(' ')[0], Number(p.split(' ')[1])]));
    await page.waitForFunction(() => document.querySelector('#graph-canvas')?.getAttribute('data-labelled'));
    const all = await labelled();
    for (const kind of ['paper', 'concept', 'reference']) assert.ok(all[kind] > 0, `${kind} labelled: ${JSON.stringify(all)}`);
    await page.locator('#graph-filters input[name="kind"][value="concept"]').uncheck();
    await page.waitForFunction(() => !/concept/.test(document.querySelector('#graph-canvas')?.getAttribute('data-labelled') ?? 'concept'));
    const graph = await graphJson();
    assert.equal((await labelled()).reference, graph.nodes.filter((n) => n.kind === 'reference').length, 'every cited work is named');
  });

  test('axe-core reports no violations (drawing, filters and tables, with a mark selected)', async () => {
    const { page, problems } = await openGraph();
    await page.locator('#graph-canvas').focus();
    await page.keyboard.type('Glob');
    assert.match(await page.locator('#graph-status').innerText(), /^Global/);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
  });

  test('without JavaScript the tables are there and the drawing is not', async () => {
    const { page, problems } = await openPage(site.browser, `${site.url}graph/`, { javaScript: false });
    assert.equal(await page.locator('#graph-stage').isVisible(), false);
    assert.ok((await page.locator('table.graph-nodes tbody tr').count()) >= 50);
    const link = page.locator('table.term-map tbody tr', { has: page.locator('th', { hasText: /^Reshoring$/ }) }).locator('td a');
    await link.click();
    await page.waitForURL(/\/glossary\/reshoring\/#kwic-li-2026-impact-artificial-intelligence-robotics$/);
    assert.match(await page.locator('#kwic-li-2026-impact-artificial-intelligence-robotics').innerText(), /The Impact of Artificial Intelligence/);
    assert.deepEqual(problems, []);
  });

  test('on a phone the nodes table reflows: no sideways scrolling, each cell named by its column, axe clean', async () => {
    const { page } = await openPage(site.browser, `${site.url}graph/`, { context: { viewport: { width: 375, height: 812 } } });
    const table = page.locator('table.graph-nodes');
    await table.scrollIntoViewIfNeeded();
    const widths = await table.evaluate((t) => ({ table: t.getBoundingClientRect().right, region: t.parentElement!.scrollWidth - t.parentElement!.clientWidth, page: document.documentElement.scrollWidth - innerWidth }));
    assert.ok(widths.table <= 375, `the table ends at ${widths.table} px`);
    assert.equal(widths.region, 0, 'its region does not scroll sideways');
    assert.ok(widths.page <= 0, 'nor does the page');
    const row = table.locator('tbody tr').first();
    const weight = row.locator('td[data-label="Weight"]');
    assert.equal(await weight.evaluate((td) => getComputedStyle(td, '::before').content), '"Weight: "');
    assert.deepEqual(await axeViolations(page), []);
  });

  test('the site navigation links to the graph', async () => {
    const { page } = await openPage(site.browser, site.url, { javaScript: false });
    assert.equal(await page.locator('nav[aria-label="Site"] a', { hasText: 'Graph' }).getAttribute('href'), '/graph/');
  });
});

describe('local graphs', () => {
  const LI = 'papers/li-2026-impact-artificial-intelligence-robotics/';

  test("Li Ting's page shows its concepts around it, and the list links to them", async () => {
    const { page, problems } = await openPage(site.browser, `${site.url}${LI}`, { javaScript: false });
    const local = page.locator('section.local-graph');
    assert.equal(await local.locator('h2').innerText(), 'In the collection graph');
    const drawing = local.locator('svg.local-graph-drawing').first();
    assert.ok(await drawing.isVisible());
    assert.match(await drawing.locator('.depth-0 text').textContent() ?? '', /^The Impact of Artificia…$/);
    const concepts = await local.locator('.local-graph-list').first().locator('a').allInnerTexts();
    for (const term of ['Reshoring', 'Global value chain', 'Robotics']) assert.ok(concepts.includes(term), `${term} in ${concepts.join(', ')}`);
    // The lists give every neighbour; the drawing the strongest of each kind in turn, so the
    // paper's three cited works are drawn beside its thirty concepts.
    assert.equal(await local.locator('h3').first().innerText(), '30 concepts');
    assert.ok((await drawing.locator('a.local-graph-concept.depth-1').count()) < concepts.length);
    const works = await local.locator('.local-graph-reference-item a').allInnerTexts();
    assert.deepEqual(works, ['Gereffi & Korzeniewicz, 1994', 'Calatayud, 2025', 'Liu, Kuang, & Wang, 2024']);
    assert.equal(await drawing.locator('a.local-graph-reference.depth-1').count(), 3);
    // Two steps away holds only what is not one step away.
    const farLinks = await local.locator('details .local-graph-list a').allInnerTexts();
    assert.ok(farLinks.length > 0);
    for (const name of farLinks) assert.ok(!concepts.includes(name) && !works.includes(name), `${name} is one step away`);
    await local.locator('.local-graph-list a', { hasText: /^Reshoring$/ }).first().click();
    await page.waitForURL(/\/glossary\/reshoring\/$/);
    assert.deepEqual(problems, []);
  });

  test('labels are at least 12 px wherever the drawing shows, and inside it; on a phone the lists stand alone', async () => {
    for (const path of [LI, 'papers/zhang-global-industrial-supply-chain/', 'glossary/reshoring/']) {
      for (const width of [1280, 768, 600]) {
        const { page } = await openPage(site.browser, `${site.url}${path}`, { context: { viewport: { width, height: 900 } } });
        const drawing = page.locator('svg.local-graph-drawing').first();
        assert.ok(await drawing.isVisible(), `${path} at ${width} px`);
        const labels = await drawing.evaluate((svg) => {
          const box = svg.getBoundingClientRect();
          return [...svg.querySelectorAll('text')].map((t) => {
            const b = t.getBoundingClientRect();
            const px = (t as SVGGraphicsElement).getScreenCTM()!.a * parseFloat(getComputedStyle(t).fontSize);
            return { text: t.textContent, px, inside: b.left >= box.left - 0.5 && b.right <= box.right + 0.5 };
          });
        });
        assert.ok(labels.length > 0);
        for (const l of labels) {
          assert.ok(l.px >= 12, `${path} at ${width} px: "${l.text}" is ${l.px.toFixed(1)} px`);
          assert.ok(l.inside, `${path} at ${width} px: "${l.text}" runs past the drawing`);
        }
        await page.context().close();
      }
      const { page } = await openPage(site.browser, `${site.url}${path}`, { context: { viewport: { width: 375, height: 812 } } });
      assert.equal(await page.locator('svg.local-graph-drawing').first().isVisible(), false, `${path}: no shrunken drawing on a phone`);
      assert.ok(await page.locator('.local-graph-list a').first().isVisible());
      await page.context().close();
    }
  });

  test('two steps away is one keypress further: the other paper, through a shared concept', async () => {
    const { page } = await openPage(site.browser, `${site.url}${LI}`);
    const more = page.locator('section.local-graph details');
    const far = page.locator('section.local-graph svg .local-graph-node.far');
    assert.ok((await far.count()) > 0);
    assert.equal(await far.first().isVisible(), false, 'two steps away is folded at first');
    await more.locator('summary').focus();
    await page.keyboard.press('Enter');
    assert.ok(await far.first().isVisible(), 'and drawn once unfolded');
    assert.ok((await more.locator('.local-graph-list a').allInnerTexts()).some((t) => /^Global Industrial and Supply Chain Restructuring/.test(t)));
  });

  test('concept and reference pages show their neighbourhoods, and axe-core reports nothing', async () => {
    for (const [path, expected] of [
      ['glossary/reshoring/', /^The Impact of Artificial Intelligence/],
      ['references/gereffi-korzeniewicz-1994/', /^The Impact of Artificial Intelligence/],
    ] as const) {
      const { page, problems } = await openPage(site.browser, `${site.url}${path}`);
      const links = await page.locator('section.local-graph .local-graph-list a').allInnerTexts();
      assert.ok(links.some((t) => expected.test(t)), `${path}: ${links.join(' | ')}`);
      await page.locator('section.local-graph summary').click().catch(() => {});
      assert.deepEqual(await axeViolations(page), [], path);
      assert.deepEqual(problems, []);
    }
    const { page } = await openPage(site.browser, `${site.url}${LI}`);
    await page.locator('section.local-graph summary').click();
    assert.deepEqual(await axeViolations(page), []);
  });
});
