/**
 * `npm run bench [-- --n 10,100,1000] [--repeat K] [--out bench/results]`: the whole
 * pipeline on synthetic collections of N papers, against a plain Astro +
 * Pagefind baseline built from the same Markdown in the same run.
 *
 * For each N, on a fresh copy under bench/work/N: generate source pages ->
 * Folio ingest (full, no-op, one page changed, one worker) -> Astro build ->
 * Pagefind; then the baseline's build and Pagefind; then page weight and a
 * first search in headless Chromium. Writes results/latest.json and
 * results/report.md (with a chart, results/chart.svg).
 */
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { launchChromium } from '../scripts/chromium.ts';
import { serveStatic } from '../scripts/serve-static.ts';
import { generateCorpus } from './generate.ts';
import { measure, round, type StageResult } from './lib/measure.ts';
import { pageWeight } from './lib/page-weight.ts';
import { outputSize, perPaper } from './lib/output-size.ts';
import { glossaryTiming } from './lib/glossary-timing.ts';
import { type Record as Figures, writeReport } from './lib/report.ts';
import { timeGraphPan } from './lib/graph-timing.ts';
import { lighthouseScores } from './lib/lighthouse.ts';
import { timeLinker } from './lib/linker-timing.ts';
import { timeSearch } from './lib/search-timing.ts';

const ROOT = join(import.meta.dirname, '..');
const NODE = process.execPath;

function dirSize(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) total += statSync(join(e.parentPath, e.name)).size;
  return total;
}

const CORES = availableParallelism();

/** One record per N, as the report reads it. */
export type BenchRecord = Figures & {
  baseline_output_mb: number;
  baseline_page_kb_gz: number;
  one_worker_ingest_s: number;
  all_cores_ingest_s: number;
  /** Each run's totals, with --repeat (total_s and baseline_total_s are the fastest of them). */
  runs: { total_s: number; baseline_total_s: number }[];
};

export async function benchOnce(n: number, work: string, log: (line: string) => void, repeat = 1): Promise<BenchRecord> {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  // Laid out as the project is: the sources inside the content folder, where
  // the reader's source views find them.
  const content = join(work, 'content');
  const sources = join(content, 'sources');
  const corpus = generateCorpus(n, sources);
  // The collection's glossary comes along: its linker and pages are part of the cost.
  cpSync(join(ROOT, 'content/glossary'), join(content, 'glossary'), { recursive: true });
  log(`N=${n}: ${corpus.files} source pages, ${(corpus.bytes / 1e6).toFixed(1)} MB`);

  const ingestInto = (into: string, cache: string) => ['src/ingest/run/cli.ts', '--sources', join(into, 'sources'), '--content', into, '--cache', cache];
  const ingestArgs = ingestInto(content, join(work, 'ingest-cache'));
  const env = { ASTRO_TELEMETRY_DISABLED: '1', FOLIO_CONTENT: content };
  const stage = async (name: string, command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) => {
    const { output, ...r } = await measure(command, args, { cwd: options.cwd ?? ROOT, env: { ...env, ...options.env } });
    log(`  ${name.padEnd(16)} ${r.wall_s.toFixed(2).padStart(7)} s wall ${r.cpu_s.toFixed(2).padStart(7)} s cpu ${String(r.peak_rss_mb).padStart(6)} MB`);
    outputs.set(name, output);
    return r;
  };
  const outputs = new Map<string, string>();

  const stages: Record<string, StageResult> = {};
  stages.ingest = await stage('ingest', NODE, ingestArgs);
  // The glossary's own stage, as the ingest reports it: its time against the collection's size.
  const glossary = glossaryTiming(outputs.get('ingest')!);
  log(`  glossary: ${glossary.glossary_entries} entries found in ${glossary.glossary_s} s`);
  stages.ingest_noop = await stage('ingest (no-op)', NODE, ingestArgs);
  const first = readdirSync(sources).sort()[0]!;
  appendFileSync(join(sources, first), '\nA sentence added by the benchmark.\n');
  stages.ingest_one_change = await stage('ingest (1 page)', NODE, ingestArgs);
  const coldIngest = (workers: number, cache: string) => [...ingestArgs.slice(0, -2), '--cache', join(work, cache), '--workers', String(workers)];
  stages.ingest_one_worker = await stage('ingest (1 worker)', NODE, coldIngest(1, 'cold-cache-1'));
  // A worker thread per core, whether or not the default uses that many (see defaultIngestWorkers).
  stages.ingest_all_cores = await stage(`ingest (${CORES} workers)`, NODE, coldIngest(CORES, `cold-cache-${CORES}`));

  /** Folio's build and Pagefind, then the baseline's, on the Markdown in `from`, with outputs and caches in `dir`. */
  const buildAndIndex = async (from: string, dir: string, run = '') => {
    const baseline = { cwd: join(ROOT, 'bench/baseline') };
    const built = { dist: join(dir, 'dist'), baseDist: join(dir, 'dist-baseline') };
    const times = {
      // V8's default heap (about 4 GB here) is too small for the build from some 8,000 papers on: given more,
      // the run completes and reports the memory the build really took (docs/scale.md).
      build: await stage(`astro build${run}`, NODE, ['--max-old-space-size=12288', 'node_modules/astro/bin/astro.mjs', 'build'], { env: { FOLIO_CONTENT: from, FOLIO_OUT: built.dist, FOLIO_CACHE: join(dir, 'astro-cache') } }),
      index: await stage(`search index${run}`, NODE, ['src/build/search-index.ts', built.dist]),
      baseline_build: await stage(`baseline build${run}`, NODE, ['../../node_modules/astro/bin/astro.mjs', 'build'], {
        ...baseline,
        env: { FOLIO_CONTENT: from, FOLIO_OUT: built.baseDist, FOLIO_CACHE: join(dir, 'astro-cache-baseline') },
      }),
      // Plain Pagefind on the whole site, as a plain Astro site would run it.
      baseline_index: await stage(`baseline pagefind${run}`, NODE, ['../../node_modules/pagefind/lib/runner/bin.cjs', '--site', built.baseDist], baseline),
    };
    return { ...built, times };
  };
  const { dist, baseDist, times } = await buildAndIndex(content, work);
  Object.assign(stages, times);

  const htmlPages = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  const paper = readdirSync(join(dist, 'papers')).sort()[0]!;
  const weight = pageWeight(dist, `papers/${paper}`);
  const baseWeight = pageWeight(baseDist, `papers/${paper}`);

  const { url, server } = await serveStatic(dist);
  const browser = await launchChromium();
  let search;
  let graph;
  let lighthouse;
  try {
    search = await timeSearch(browser, url);
    graph = await timeGraphPan(browser, url, dist);
    // A paper page, as a reader arriving from a search engine would land on it.
    lighthouse = await lighthouseScores(`${url}papers/${paper}/`);
  } finally {
    await browser.close();
    server.close();
  }
  log(`  paper page ${(weight.total / 1024).toFixed(1)} KB gz; first search ${search.search_kb_gz} KB gz (and ${search.search_fonts_kb} KB of fonts), ${search.first_result_ms} ms (typed once loaded ${search.warm_result_ms} ms; "supply chain" ${search.warm_phrase_ms} ms)`);
  log(`  graph: ${graph.graph_nodes} nodes, script ${graph.graph_bundle_kb_gz} KB gz, panning ${graph.pan_frame_ms_median} ms/frame median, ${graph.pan_frame_ms_p95} ms p95, ${graph.pan_dropped_frames} dropped`);
  log(`  Lighthouse: performance ${lighthouse.performance}, accessibility ${lighthouse.accessibility}, best practices ${lighthouse.best_practices}, SEO ${lighthouse.seo}`);

  const linker = timeLinker(content);
  log(`  glossary linker: ${linker.linker_mb_per_s} MB/s with ${linker.linker_terms} terms, ${linker.linker_5000_mb_per_s} MB/s with 5000`);

  // This machine's speed swings by up to twice from one minute to the next:
  // with --repeat, the whole pipeline and the baseline run again, alternately
  // and cold, and each is judged by its fastest run (the one least slowed by
  // the machine; a median still let one side's slow spell decide the ratio).
  const runs = [{ total: stages.ingest.wall_s + times.build.wall_s + times.index.wall_s, baseline: times.baseline_build.wall_s + times.baseline_index.wall_s }];
  for (let r = 2; r <= repeat; r++) {
    const again = join(work, `repeat-${r}`);
    const againContent = join(again, 'content');
    cpSync(join(content, 'sources'), join(againContent, 'sources'), { recursive: true });
    cpSync(join(content, 'glossary'), join(againContent, 'glossary'), { recursive: true });
    const ingest = await stage(`ingest (run ${r})`, NODE, ingestInto(againContent, join(again, 'ingest-cache')), { env: { FOLIO_CONTENT: againContent } });
    const { times: t } = await buildAndIndex(againContent, again, ` (run ${r})`);
    runs.push({ total: ingest.wall_s + t.build.wall_s + t.index.wall_s, baseline: t.baseline_build.wall_s + t.baseline_index.wall_s });
    rmSync(again, { recursive: true, force: true });
  }
  const ratios = runs.map((run) => round(run.total / run.baseline));
  const total = Math.min(...runs.map((run) => run.total));
  const baseline = Math.min(...runs.map((run) => run.baseline));
  if (repeat > 1) log(`  ${repeat} runs: Folio ${runs.map((r) => round(r.total)).join(', ')} s, baseline ${runs.map((r) => round(r.baseline)).join(', ')} s; fastest against fastest ${round(total / baseline)}×`);
  return {
    n,
    source_pages: corpus.files,
    source_mb: round(corpus.bytes / 1e6),
    html_pages: htmlPages,
    stages,
    total_s: round(total),
    baseline_total_s: round(baseline),
    ratio: round(total / baseline),
    ratio_runs: ratios,
    runs: runs.map((run) => ({ total_s: round(run.total), baseline_total_s: round(run.baseline) })),
    peak_rss_mb: Math.max(stages.ingest.peak_rss_mb, times.build.peak_rss_mb, times.index.peak_rss_mb),
    ingest_mb_per_s: round(corpus.bytes / 1e6 / stages.ingest.wall_s),
    pages_per_s: round(htmlPages / (times.build.wall_s + times.index.wall_s), 1),
    output_mb: round(dirSize(dist) / 1e6),
    ...perPaper(outputSize(dist), n),
    baseline_output_mb: round(dirSize(baseDist) / 1e6),
    page_kb_gz: round(weight.total / 1024, 1),
    ...glossary,
    page_fonts_kb: round(weight.fonts / 1024, 1),
    baseline_page_kb_gz: round(baseWeight.total / 1024, 1),
    search_kb_gz: search.search_kb_gz,
    search_fonts_kb: search.search_fonts_kb,
    first_result_ms: search.first_result_ms,
    warm_result_ms: search.warm_result_ms,
    warm_phrase_ms: search.warm_phrase_ms,
    noop_ingest_s: stages.ingest_noop.wall_s,
    one_change_ingest_s: stages.ingest_one_change.wall_s,
    one_worker_ingest_s: stages.ingest_one_worker.wall_s,
    all_cores_ingest_s: stages.ingest_all_cores.wall_s,
    // The default ingest uses the cores as defaultIngestWorkers decides (on two, a thread for citations).
    ingest_parallel_speedup: round(stages.ingest_one_worker.wall_s / stages.ingest.wall_s),
    ...graph,
    ...linker,
    lighthouse,
  };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { n: { type: 'string', default: '10,100,1000' }, repeat: { type: 'string', default: '1' }, out: { type: 'string', default: join(ROOT, 'bench/results') }, work: { type: 'string', default: join(ROOT, 'bench/work') } },
  });
  const sizes = values.n.split(',').map(Number);
  mkdirSync(values.out, { recursive: true });
  const records: BenchRecord[] = [];
  for (const n of sizes) {
    records.push(await benchOnce(n, join(values.work, String(n)), (line) => process.stdout.write(`${line}\n`), Number(values.repeat)));
    if (!existsSync(join(values.work, 'keep'))) rmSync(join(values.work, String(n)), { recursive: true, force: true });
  }
  const result = { date: new Date().toISOString(), machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, records };
  writeFileSync(join(values.out, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeReport(values.out, result);
  process.stdout.write(`bench: results in ${join(values.out, 'latest.json')} and report.md\n`);
}
