/**
 * Deployable anywhere: the site built with FOLIO_BASE=/folio/ and served only
 * under /folio/ (anything outside it is a 404, as on a shared host) keeps
 * every link, asset and search result inside the sub-path; canonical URLs and
 * the sitemap are absolute and carry the base; the 404 page helps from there.
 * Its search index is written in parts of eight pages, as a large collection's
 * is in parts of thousands, so search here also merges the parts.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { LinkChecker } from 'linkinator';
import { ROOT } from '../helpers/corpus.ts';
import { indexSite } from '../../src/build/search-index.ts';
import { axeViolations, openPage, useSite } from './harness.ts';

const run = promisify(execFile);
const BASE = '/folio/';
const SITE = 'https://reader.example.org';
const LI = 'papers/li-2026-impact-artificial-intelligence-robotics/';
const locsOf = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
const work = mkdtempSync(join(tmpdir(), 'folio-subpath-'));
const out = join(work, 'dist');

// A root hook runs before the hooks of the suite below, so the site exists when it is served.
before(async () => {
  const env = { ...process.env, FOLIO_BASE: BASE, FOLIO_SITE: SITE, FOLIO_OUT: out, FOLIO_CACHE: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
  await run(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: ROOT, env, maxBuffer: 64 << 20 });
  const { parts } = await indexSite(out, { pagesPerIndex: 8 });
  assert.ok(parts >= 5, `${parts} parts`);
});
after(() => rmSync(work, { recursive: true, force: true }));

describe('the site built for and served from /folio/', () => {
const site = useSite(out, BASE);

test('every link and asset reachable from /folio/ resolves inside /folio/ (linkinator)', async () => {
  const origin = new URL(site.url).origin;
  const checker = new LinkChecker();
  const result = await checker.check({
    path: site.url,
    recurse: true,
    checkFragments: true,
    // Canonical and Open Graph URLs name the real host, which this test does not serve; they are checked below.
    // Links to other hosts (a cited work's DOI, searches for it) are the reader's to follow; this machine has no network.
    linksToSkip: async (url: string) => url.startsWith(SITE) || !url.startsWith(origin),
  });
  const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.url} (from ${l.parent})`);
  assert.deepEqual(broken, []);
  const outside = result.links.filter((l) => l.url.startsWith(origin) && !l.url.startsWith(site.url)).map((l) => `${l.url} (from ${l.parent})`);
  assert.deepEqual(outside, [], 'nothing on this host outside the base is linked');
  const pages = new Set(result.links.filter((l) => l.url.startsWith(site.url)).map((l) => l.url.split('#')[0]));
  assert.ok(pages.size >= 60, `internal URLs checked: ${pages.size}`);
});

test('a search result from /folio/search/?q=reshoring links inside /folio/ and lands on the passage', async () => {
  const { page, problems } = await openPage(site.browser, `${site.url}search/?q=reshoring`);
  await page.locator('.search-result h2 a').first().waitFor();
  const targets = await page.locator('.search-result a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  assert.deepEqual(targets.filter((t) => !t.startsWith(BASE)), [], 'every result link starts with /folio/');
  // The concept (in the first part) and the papers (in the last) in one list: the parts are merged.
  assert.ok(targets.some((t) => t.startsWith(`${BASE}glossary/reshoring/`)) && targets.some((t) => t.startsWith(`${BASE}papers/`)), targets.join(' '));
  const paper = page.locator(`.search-result h2 a[href^="${BASE}papers/"]`).first();
  await paper.click();
  await page.waitForURL((url) => url.pathname.startsWith(`${BASE}papers/`));
  assert.equal(await page.locator('.paper-body').count(), 1);
  assert.deepEqual(problems, []);
});

test('canonical and Open Graph URLs are absolute and carry the base', async () => {
  const html = readFileSync(join(out, LI, 'index.html'), 'utf8');
  const url = `${SITE}${BASE}${LI}`;
  assert.ok(html.includes(`<link rel="canonical" href="${url}">`), 'canonical link');
  assert.ok(html.includes(`<meta property="og:url" content="${url}">`), 'og:url');
  assert.ok(html.includes('<meta property="og:type" content="article">'), 'a paper is an article');
  const home = readFileSync(join(out, 'index.html'), 'utf8');
  assert.ok(home.includes('<meta property="og:type" content="website">'));
});

test('the sitemap lists every page under the base, and robots.txt points to it', async () => {
  const index = await (await fetch(`${site.url}sitemap-index.xml`)).text();
  const maps = locsOf(index);
  assert.ok(maps.length > 0);
  const locs: string[] = [];
  for (const map of maps) {
    assert.ok(map.startsWith(`${SITE}${BASE}`), map);
    const xml = await (await fetch(map.replace(SITE, new URL(site.url).origin))).text();
    locs.push(...locsOf(xml));
  }
  for (const path of ['', LI, 'glossary/', 'glossary/reshoring/', 'references/', 'references/gereffi-korzeniewicz-1994/', 'references/by-year/', 'graph/', 'search/']) {
    assert.ok(locs.includes(`${SITE}${BASE}${path}`), `sitemap lists ${BASE}${path}`);
  }
  assert.ok(!locs.some((l) => l.includes('404')), 'the 404 page is not listed');
  for (const loc of locs) {
    const res = await fetch(loc.replace(SITE, new URL(site.url).origin));
    assert.equal(res.status, 200, loc);
    // Pages that only send the reader on (trimmed addresses) are not listed.
    assert.doesNotMatch(await res.text(), /http-equiv="refresh"/, loc);
  }
  const robots = await (await fetch(`${site.url}robots.txt`)).text();
  assert.match(robots, new RegExp(`^Sitemap: ${SITE}${BASE}sitemap-index\\.xml$`, 'm'));
});

test('an unknown address under /folio/ gets a helpful 404 page whose links and styles work', async () => {
  const { page, problems } = await openPage(site.browser, `${site.url}no-such-paper/`);
  assert.equal(await page.locator('h1').innerText(), 'Page not found');
  assert.equal(await page.getByRole('search', { name: 'Search the collection' }).count(), 1);
  const main = page.locator('main');
  for (const name of ['the papers', 'the glossary', 'the references']) assert.equal(await main.getByRole('link', { name }).count(), 1, name);
  const targets = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], link[rel=stylesheet], link[rel=icon], script[src], form[action]')].map(
      (el) => (el as HTMLAnchorElement).href || (el as HTMLScriptElement).src || (el as HTMLFormElement).action,
    ),
  );
  const here = new URL(page.url()).pathname;
  for (const target of targets.filter((t) => new URL(t).pathname !== here)) {
    assert.ok(target.startsWith(site.url), `${target} is under the base`);
    assert.equal((await page.request.get(target)).status(), 200, target);
  }
  // The stylesheet loaded: the page has the reader's paper colour, not the browser's white.
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), 'rgb(253, 252, 248)');
  assert.deepEqual(await axeViolations(page), []);
  const box = page.locator('#not-found-search');
  await box.fill('reshoring');
  await box.press('Enter');
  await page.waitForURL(`${site.url}search/?q=reshoring`);
  // The browser reports the 404 status itself as a console error; that one is the point of the page.
  assert.deepEqual(problems.filter((p) => !/status of 404/.test(p)), []);
});
test('trimmed addresses under /folio/ send the reader on inside /folio/, without JavaScript', async () => {
  for (const [from, to] of [
    ['papers/', ''],
    ['page/', ''],
    ['graph/nodes/', 'graph/#graph-nodes'],
    ['references/by-author/', 'references/'],
  ]) {
    const { page, problems } = await openPage(site.browser, `${site.url}${from}`, { javaScript: false });
    await page.waitForURL(`${site.url}${to}`);
    assert.ok(page.url().includes(BASE), page.url());
    assert.deepEqual(problems, [], from);
  }
});
});
