/**
 * What the built site costs per paper: bytes and files, in all and by kind of
 * output, so a size target met or missed says where the bytes are. A static
 * host limits both (GitHub Pages: 1 GB a site; Cloudflare Pages: 20,000 files).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The kinds of output, in the order the report lists them. */
export const OUTPUT_KINDS = ['paper pages', 'source views', 'work pages', 'work lists', 'concept pages', 'concordance pages', 'graph', 'search index', 'assets', 'other'] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

/** The kind of one file of the site, from its path under the site's root. */
export function outputKind(path: string): OutputKind {
  const parts = path.split(/[\\/]/);
  const [top, second] = parts;
  if (top === 'papers') {
    if (parts.length === 2) return 'other';
    return parts.includes('source') ? 'source views' : 'paper pages';
  }
  if (top === 'references') return parts.length === 3 && !['by-author', 'by-year', 'index.html'].includes(second!) && !/^\d+$/.test(second!) ? 'work pages' : 'work lists';
  if (top === 'glossary') return parts.length === 2 ? 'other' : parts.includes('uses') ? 'concordance pages' : 'concept pages';
  if (top === 'graph' || top === 'graph.json') return 'graph';
  if (top === 'pagefind' || top === 'pagefind-parts') return 'search index';
  if (top === '_astro') return 'assets';
  return 'other';
}

export interface OutputSize {
  files: number;
  bytes: number;
  kinds: Record<OutputKind, { files: number; bytes: number }>;
}

export function outputSize(dist: string): OutputSize {
  const kinds = Object.fromEntries(OUTPUT_KINDS.map((k) => [k, { files: 0, bytes: 0 }])) as OutputSize['kinds'];
  let files = 0;
  let bytes = 0;
  for (const e of readdirSync(dist, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    const size = statSync(path).size;
    const kind = kinds[outputKind(relative(dist, path).split(sep).join('/'))];
    kind.files++;
    kind.bytes += size;
    files++;
    bytes += size;
  }
  return { files, bytes, kinds };
}

/** Per paper, as the report gives it: KB and files, in all and by kind. */
export function perPaper(size: OutputSize, papers: number) {
  const kb = (b: number) => Math.round((b / 1024 / papers) * 10) / 10;
  const files = (f: number) => Math.round((f / papers) * 100) / 100;
  return {
    output_kb_per_paper: kb(size.bytes),
    output_files_per_paper: files(size.files),
    output_by_kind: Object.fromEntries(OUTPUT_KINDS.map((k) => [k, { kb_per_paper: kb(size.kinds[k].bytes), files_per_paper: files(size.kinds[k].files) }])) as Record<OutputKind, { kb_per_paper: number; files_per_paper: number }>,
  };
}
