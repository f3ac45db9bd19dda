/**
 * Browser test harness: serves the built site (dist/) on a loopback port,
 * as any static host would, and drives Debian's Chromium via playwright-core.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { after, before } from 'node:test';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { serveStatic } from '../../scripts/serve-static.ts';
import { ROOT } from '../helpers/corpus.ts';

/**
 * Serve the built site (dist/, or FOLIO_OUT when a build went elsewhere) and
 * open a browser for the tests of one file; both close after.
 */
export function useSite(dir = process.env.FOLIO_OUT ?? join(ROOT, 'dist'), base = '/') {
  const site = { url: '', browser: undefined as unknown as Browser };
  let server: Server | undefined;
  before(async () => {
    if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no built site: run \`npm run build\` first`);
    const served = await serveStatic(dir, base);
    server = served.server;
    site.url = served.url;
    site.browser = await launchChromium();
  });
  after(async () => {
    await site.browser?.close();
    server?.close();
  });
  return site;
}

/** A page that fails the test on any console error or request leaving the site. */
export async function openPage(browser: Browser, url: string, options: { javaScript?: boolean; context?: BrowserContextOptions } = {}): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ ...options.context, javaScriptEnabled: options.javaScript ?? options.context?.javaScriptEnabled ?? true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (req) => {
    if (!req.url().startsWith('http://127.0.0.1') && !req.url().startsWith('data:')) problems.push(`external request: ${req.url()}`);
  });
  await page.goto(url);
  return { page, problems };
}

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * axe-core violations on the page, as readable lines (empty when clean). Every rule axe runs by
 * default, plus WCAG 2.2 AA's `target-size`, which axe leaves off unless asked.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(options: object): Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> } }).axe;
    return axe.run({ rules: { 'target-size': { enabled: true } } });
  });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}
