/**
 * What one page costs a reader to load before any interaction: its HTML plus
 * the CSS and JavaScript it references, gzip-compressed as a CDN serves them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function gzipBytes(data: Buffer | string): number {
  return gzipSync(data).length;
}

/**
 * The page's module scripts and every module they import statically (the
 * browser fetches those before running anything); dynamic imports (search,
 * on demand) are left out, as a reader who never searches never loads them.
 */
export function scriptClosure(dist: string, html: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) visit(join(dirname(file), m[1]!));
  };
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) visit(join(dist, m[1]!.replace(/^\//, '')));
  return [...seen];
}

export function pageWeight(dist: string, pagePath: string): { html: number; css: number; js: number; total: number } {
  const html = readFileSync(join(dist, pagePath, 'index.html'), 'utf8');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)]
    .map((m) => join(dist, m[1]!.replace(/^\//, '')))
    .filter((f) => existsSync(f))
    .reduce((n, f) => n + gzipBytes(readFileSync(f)), 0);
  const js = scriptClosure(dist, html).reduce((n, f) => n + gzipBytes(readFileSync(f)), 0);
  const h = gzipBytes(html);
  return { html: h, css, js, total: h + css + js };
}
