/**
 * Debian's Chromium driven by playwright-core, for the browser tests and the
 * benchmark. No browser is ever downloaded; CHROMIUM_PATH overrides the path.
 * The flags keep a closed network quiet (no background or update requests).
 */
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}
