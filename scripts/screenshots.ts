/**
 * The README's screenshots: Li Ting's paper page at 1280 × 800 and at
 * 375 × 812, in the light and the dark theme, from the built site (run
 * `npm run build` first). Writes docs/images/paper-<width>-<theme>.png.
 *
 *   npm run screenshots
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './chromium.ts';
import { serveStatic } from './serve-static.ts';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'docs/images');
const PAPER = 'papers/li-2026-impact-artificial-intelligence-robotics/';
const VIEWS = [
  { width: 1280, height: 800 },
  { width: 375, height: 812 },
] as const;

mkdirSync(OUT, { recursive: true });
const { url, server } = await serveStatic(join(ROOT, 'dist'));
const browser = await launchChromium();
try {
  for (const view of VIEWS) {
    for (const theme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: view, colorScheme: theme, deviceScaleFactor: 1 });
      const response = await page.goto(new URL(PAPER, url).href, { waitUntil: 'networkidle' });
      if (!response?.ok()) throw new Error(`${PAPER}: HTTP ${response?.status()} (build the site first: npm run build)`);
      const file = join(OUT, `paper-${view.width}-${theme}.png`);
      await page.screenshot({ path: file });
      process.stdout.write(`${file.slice(ROOT.length + 1)}\n`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
