/**
 * Lighthouse's four category scores for one page, in Debian's Chromium
 * (launched by chrome-launcher with the project's flags; nothing downloaded).
 * Scores are 0-100, as Lighthouse's own report shows them.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../../scripts/chromium.ts';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  best_practices: number;
  seo: number;
}

export async function lighthouseScores(url: string): Promise<LighthouseScores> {
  const chrome = await launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: CHROMIUM_ARGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    const score = (id: string) => Math.round((result?.lhr.categories[id]?.score ?? 0) * 100);
    return { performance: score('performance'), accessibility: score('accessibility'), best_practices: score('best-practices'), seo: score('seo') };
  } finally {
    chrome.kill();
  }
}
