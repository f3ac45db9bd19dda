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

/** Does any character of `text` fall in a @font-face's unicode-range ("U+0000-00FF,U+0131")? */
function inRange(range: string, chars: ReadonlySet<number>): boolean {
  const spans = range.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as const;
  });
  for (const c of chars) if (spans.some(([a, b]) => c >= a && c <= b)) return true;
  return false;
}

/**
 * The web fonts a page makes the browser fetch, in bytes (WOFF2 is compressed already): each
 * @font-face whose unicode-range covers a character of the page's text, italic faces only where
 * the page sets italics. Reported beside the page's weight, not in it: a browser caches them
 * once for the whole site.
 */
export function fontBytes(dist: string, html: string, stylesheets: readonly string[]): number {
  const text = html.replace(/<(script|style)[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ');
  const chars = new Set([...text].map((c) => c.codePointAt(0)!));
  const italic = /<(i|em|cite)\b/.test(html);
  let bytes = 0;
  const seen = new Set<string>();
  for (const sheet of stylesheets) {
    for (const [face] of readFileSync(sheet, 'utf8').matchAll(/@font-face\s*\{[^}]*\}/g)) {
      const url = /url\(["']?([^"')]+\.woff2)["']?\)/.exec(face)?.[1];
      const range = /unicode-range:\s*([^;}]+)/.exec(face)?.[1];
      if (!url || seen.has(url) || (/font-style:\s*italic/.test(face) && !italic) || (range && !inRange(range, chars))) continue;
      seen.add(url);
      const file = join(dist, url.replace(/^\//, ''));
      if (existsSync(file)) bytes += readFileSync(file).length;
    }
  }
  return bytes;
}

export function pageWeight(dist: string, pagePath: string): { html: number; css: number; js: number; total: number; fonts: number } {
  const html = readFileSync(join(dist, pagePath, 'index.html'), 'utf8');
  const sheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => join(dist, m[1]!.replace(/^\//, ''))).filter((f) => existsSync(f));
  const css = sheets.reduce((n, f) => n + gzipBytes(readFileSync(f)), 0);
  const js = scriptClosure(dist, html).reduce((n, f) => n + gzipBytes(readFileSync(f)), 0);
  const h = gzipBytes(html);
  return { html: h, css, js, total: h + css + js, fonts: fontBytes(dist, html, sheets) };
}
