/**
 * The site's search index, in parts: Pagefind's Node API indexes at most
 * PAGES_PER_INDEX pages at a time, writes them as a bundle of their own and
 * stops its service before the next part, so the indexer's memory is one
 * part's, whatever the collection's size. The first part (/pagefind/) holds
 * the concepts, the cited works with pages and the first papers; the others
 * (/pagefind-parts/<n>/) are listed in /pagefind/folio-parts.json, which the
 * reader's search merges at search time (Pagefind's mergeIndex; the merged
 * parts share the first part's WebAssembly). `pagefind --site dist` held the
 * whole site in one process: 4.6 GB at 5,000 papers (bench, issue 25).
 *
 * Only the pages that carry data-pagefind-body are read (papers, cited works,
 * concepts): the graph's tables, the lists and the source views are
 * megabytes at a thousand papers that Pagefind would parse for nothing.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { type ProgressOut, stage } from '../shared/progress.ts';

/** Pages in one part: about 0.2 MB of Pagefind's memory each (bench, N = 1,000: 550 MB for 3,069 pages). */
export const PAGES_PER_INDEX = 5000;
/*
 * A page's fragment (its text and metadata, fetched for each result shown)
 * stays a file of its own. Pagefind's maxFragments puts several in a file:
 * 1,000 files a part of 3,069 pages made each result fetch four pages'
 * fragments, and a first search at 1,000 papers 187 -> 299 KB (bench); the
 * file it saves a paper is not worth that to every reader (docs/scale.md).
 */

export const PARTS_FILE = 'folio-parts.json';

/** The pages search reads, concepts and works before papers, each kind in name order. */
export function searchablePages(dist: string): string[] {
  const under = (dir: string, skip: readonly string[] = []) =>
    existsSync(join(dist, dir))
      ? readdirSync(join(dist, dir), { withFileTypes: true })
          .filter((e) => e.isDirectory() && !skip.includes(e.name) && existsSync(join(dist, dir, e.name, 'index.html')))
          .map((e) => `${dir}/${e.name}/index.html`)
          .sort()
      : [];
  return [...under('glossary'), ...under('references', ['by-author', 'by-year']), ...under('papers')];
}

/** Pages cut into parts of at most `size`. */
export function partsOf<T>(pages: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < pages.length; i += size) parts.push(pages.slice(i, i + size));
  return parts.length > 0 ? parts : [[]];
}

/** Where part `n` (from 0) is written, under the site's root. */
export const partPath = (n: number) => (n === 0 ? 'pagefind/' : `pagefind-parts/${n + 1}/`);

export interface IndexReport {
  pages: number;
  parts: number;
}

/** Indexes the built site in `dist`: each part written whole, then put in place. */
export async function indexSite(dist: string, options: { pagesPerIndex?: number; progress?: ProgressOut } = {}): Promise<IndexReport> {
  const pages = searchablePages(dist);
  const parts = partsOf(pages, options.pagesPerIndex ?? PAGES_PER_INDEX);
  const staging = join(dist, '.pagefind-staging');
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const [n, part] of parts.entries()) {
      // On a terminal, pages indexed and time left; in a log, a line a part (shared/progress.ts).
      const progress = stage('search index', `pages of part ${n + 1} of ${parts.length}`, part.length, options.progress ?? { write: () => {} });
      const { index, errors } = await pagefind.createIndex();
      if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
      // In small batches: one message at a time waits on the service for each page.
      for (let i = 0; i < part.length; i += 64) {
        await Promise.all(
          part.slice(i, i + 64).map(async (page) => {
            const added = await index.addHTMLFile({ url: `/${page.replace(/index\.html$/, '')}`, content: readFileSync(join(dist, page), 'utf8') });
            if (added.errors.length > 0) throw new Error(`Pagefind could not index ${page}: ${added.errors.join('; ')}`);
            progress.tick();
          }),
        );
      }
      const written = await index.writeFiles({ outputPath: join(staging, partPath(n)) });
      if (written.errors.length > 0) throw new Error(`Pagefind could not write part ${n + 1}: ${written.errors.join('; ')}`);
      // The service's memory goes with it; the next part starts a new one.
      await pagefind.close();
      progress.end(`part ${n + 1} of ${parts.length}, ${part.length} pages`);
    }
    writeFileSync(join(staging, partPath(0), PARTS_FILE), `${JSON.stringify(parts.slice(1).map((_, i) => partPath(i + 1)))}\n`);
    // The old index stays until the new one is whole.
    for (const dir of ['pagefind', 'pagefind-parts']) {
      rmSync(join(dist, dir), { recursive: true, force: true });
      if (existsSync(join(staging, dir))) renameSync(join(staging, dir), join(dist, dir));
    }
  } finally {
    await pagefind.close();
    rmSync(staging, { recursive: true, force: true });
  }
  return { pages: pages.length, parts: parts.length };
}

// `node src/build/search-index.ts [site]`: after `astro build` (npm run build), on folio.config.ts's output folder by default.
if (import.meta.main) {
  const { config } = await import('../shared/config.ts');
  const dist = process.argv[2] ?? config.out;
  if (!existsSync(join(dist, 'index.html'))) {
    process.stderr.write(`search index: ${dist} holds no built site (run \`astro build\` first, or npm run build)\n`);
    process.exit(1);
  }
  const started = performance.now();
  try {
    const { pages, parts } = await indexSite(dist, { progress: process.stdout });
    process.stdout.write(`search index: ${pages} pages in ${parts} ${parts === 1 ? 'part' : 'parts'} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  } catch (error) {
    // Pagefind's own words, without a stack: the index already in place is kept.
    process.stderr.write(`search index: ${error instanceof Error ? error.message : String(error)}; the index already in ${dist} is unchanged\n`);
    process.exit(70);
  }
}
