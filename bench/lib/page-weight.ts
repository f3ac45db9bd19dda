/**
 * What one page costs a reader to load before any interaction: its HTML plus
 * the CSS and JavaScript it references, gzip-compressed as a CDN serves them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function gzipBytes(data: Buffer | string): number {
  return gzipSync(data).length;
}

export function pageWeight(dist: string, pagePath: string): { html: number; css: number; js: number; total: number } {
  const html = readFileSync(join(dist, pagePath, 'index.html'), 'utf8');
  const assets = (pattern: RegExp) =>
    [...html.matchAll(pattern)].map((m) => join(dist, m[1]!.replace(/^\//, ''))).filter((f) => existsSync(f));
  const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g).reduce((n, f) => n + gzipBytes(readFileSync(f)), 0);
  const js = assets(/<script[^>]+src="([^"]+)"/g).reduce((n, f) => n + gzipBytes(readFileSync(f)), 0);
  const h = gzipBytes(html);
  return { html: h, css, js, total: h + css + js };
}
