/**
 * A collection with no glossary of its own gets one from its own
 * definitions: the invented climate-finance collection (tests/glossary/,
 * English and German, in our own words) ingested and built with no curated
 * entries but two, one overriding a found entry and one muting another.
 * Each found entry is visibly a quote with its source, has a card where a
 * paper uses the term, and a concordance.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ROOT } from '../helpers/corpus.ts';
import { axeViolations, openPage } from './harness.ts';
import { useCollectionSite } from './synthetic-site.ts';

const { site, content, dist } = useCollectionSite('found-glossary', (content) => {
  cpSync(join(ROOT, 'tests/glossary/climate-finance/sources'), join(content, 'sources'), { recursive: true });
  mkdirSync(join(content, 'glossary'));
  // A curator's own entry for a term the collection defines, and one term muted.
  writeFileSync(join(content, 'glossary/carbon-tax.md'), '---\nterm: Carbon tax\ndefinition: "A price set by the state on each tonne of carbon dioxide emitted."\n---\nWritten by a curator.\n');
  writeFileSync(join(content, 'glossary/greenwashing.md'), '---\nterm: greenwashing\nmuted: true\n---\n');
});

describe('a glossary found in the collection', () => {
  test('the glossary lists the found entries, each marked as from the collection, its definition in quotation marks', async () => {
    const { page, problems } = await openPage(site.browser, `${site.url}glossary/`);
    const items = page.locator('.glossary-item');
    assert.ok((await items.count()) >= 20, `only ${await items.count()} entries`);
    const greenium = page.locator('.glossary-item', { has: page.getByRole('link', { name: 'greenium', exact: true }) });
    assert.match(await greenium.locator('dd').innerText(), /^“The “greenium”, as market practitioners call it, is the yield .*” From the collection/su);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
  });

  test('an entry page quotes the defining passage and links to it, and the passage is in the paper word for word', async () => {
    const { page, problems } = await openPage(site.browser, `${site.url}glossary/greenium/`);
    assert.match(await page.locator('.found-note').innerText(), /From the collection: no curator has written this entry/u);
    const quote = await page.locator('.defining-passage blockquote').innerText();
    assert.match(quote, /is the yield that an investor gives up by holding a green bond/u);
    const source = page.locator('.defining-passage figcaption a');
    assert.match(await source.innerText(), /p\. 104/u);
    assert.match(await page.locator('#concordance + p').innerText(), /\d+ occurrences? in \d+ papers?\./u);
    assert.deepEqual(await axeViolations(page), []);
    await source.click();
    await page.waitForURL(/#b\d+$/u);
    const target = await page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`).innerText();
    assert.ok(target.replace(/\s+/gu, ' ').includes(quote.replace(/\s+/gu, ' ').trim()), `the passage is not in ${page.url()}`);
    assert.deepEqual(problems, []);
  });

  test('where a paper uses a found term, it links to the entry and its card shows the quote and its source', async () => {
    const { page, problems } = await openPage(site.browser, `${site.url}glossary/greenium/`);
    const paperHref = await page.locator('.defining-passage figcaption a').getAttribute('href');
    await page.goto(new URL(paperHref!, site.url).href.replace(/#.*$/u, ''));
    const link = page.locator('a.term[href$="/glossary/greenium/"], a[href$="/glossary/greenium/"]').first();
    assert.ok((await link.count()) > 0, 'the term is linked in the paper');
    // The card comes from the entry's own page, as the reader sees it on hover.
    await link.hover();
    const card = page.locator('#citation-card');
    await card.waitFor({ state: 'visible' });
    const html = await card.innerHTML();
    assert.match(html, /<blockquote><p>The “greenium”, as market practitioners call it/u);
    assert.match(html, /Quoted from <a href="[^"]*#b\d+">the defining passage, p\. 104<\/a>/u);
    assert.equal(await page.locator('template#card-term-greenium').count(), 0, 'the paper page carries no card templates');
    assert.deepEqual(problems, []);
  });

  test('a curated entry overrides the found one, and a muted term has no entry', async () => {
    const { page } = await openPage(site.browser, `${site.url}glossary/carbon-tax/`);
    assert.equal(await page.locator('.definition').innerText(), 'A price set by the state on each tonne of carbon dioxide emitted.');
    assert.equal(await page.locator('.found-note').count(), 0);
    assert.equal(existsSync(join(content, 'glossary-found/greenwashing.md')), true, 'the ingest found it');
    assert.equal(existsSync(join(dist, 'glossary/greenwashing/index.html')), false, 'but the reader does not show it');
    const { page: index } = await openPage(site.browser, `${site.url}glossary/`);
    assert.equal(await index.getByRole('link', { name: /^greenwashing$/iu }).count(), 0);
  });
});
