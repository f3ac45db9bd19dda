/**
 * The benchmark report: results/report.md (targets and figures per N) and
 * results/chart.svg (build time and peak memory against N, Folio and the
 * baseline), drawn with d3-scale and d3-shape and written as a hast tree.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { toHtml } from 'hast-util-to-html';
import { s } from 'hastscript';
import type { Root, TableRow } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import type { GraphTiming } from './graph-timing.ts';
import type { LighthouseScores } from './lighthouse.ts';
import type { LinkerTiming } from './linker-timing.ts';
import { OUTPUT_KINDS, type OutputKind } from './output-size.ts';

interface Stage {
  wall_s: number;
  cpu_s: number;
  peak_rss_mb: number;
}

export interface Record extends GraphTiming, LinkerTiming {
  n: number;
  source_pages: number;
  source_mb: number;
  html_pages: number;
  stages: { [name: string]: Stage };
  total_s: number;
  baseline_total_s: number;
  ratio: number;
  /** The ratio of each run, when the pipeline ran more than once (the ratio is then the fastest Folio run's to the fastest baseline run's). */
  ratio_runs?: number[];
  peak_rss_mb: number;
  ingest_mb_per_s: number;
  pages_per_s: number;
  output_mb: number;
  /** The whole site per paper, search index included; absent in runs before it was measured. */
  output_kb_per_paper?: number;
  output_files_per_paper?: number;
  output_by_kind?: { [kind in OutputKind]: { kb_per_paper: number; files_per_paper: number } };
  page_kb_gz: number;
  /** The web fonts the paper page fetches (WOFF2), reported beside its weight: cached once for the site. */
  page_fonts_kb?: number;
  search_kb_gz: number;
  /** The web fonts the first search's page fetched, reported beside it; absent in runs before fonts were self-hosted. */
  search_fonts_kb?: number;
  first_result_ms: number;
  warm_result_ms: number;
  warm_phrase_ms: number;
  noop_ingest_s: number;
  one_change_ingest_s: number;
  ingest_parallel_speedup: number;
  /** The ingest's found-glossary stage (terms ranked, definitions chosen) and the entries it made; absent in runs before it was timed. */
  glossary_s?: number;
  glossary_entries?: number;
  lighthouse: LighthouseScores;
}

export interface Result {
  date: string;
  machine: { cpus: number; node: string };
  records: Record[];
}

export interface Target {
  name: string;
  limit: string;
  value: string;
  met: boolean;
}

/**
 * The issues' targets at the largest N measured (and growth from N/10 to N):
 * from 5,000 papers on, the scale issue's (pipeline at most 1.2× the baseline,
 * 4 GB, six minutes at 10,000), below it the first benchmark's.
 */
export function targets(records: readonly Record[]): Target[] {
  const big = records.at(-1)!;
  const tenth = records.find((r) => r.n * 10 === big.n);
  const large = big.n >= 5000;
  const ratioLimit = large ? 1.2 : 1.5;
  const memoryLimit = large ? 4096 : 1536;
  const out: Target[] = [
    { name: 'full pipeline vs baseline build + index', limit: `≤ ${ratioLimit}×`, value: `${big.ratio}×${(big.ratio_runs?.length ?? 1) > 1 ? ` (fastest of ${big.ratio_runs!.length} runs each; each run: ${big.ratio_runs!.join(', ')})` : ''}`, met: big.ratio <= ratioLimit },
    ...(big.n >= 10000 ? [{ name: 'whole pipeline (ingest + build + index)', limit: '≤ 360 s', value: `${big.total_s} s`, met: big.total_s <= 360 }] : []),
    { name: 'peak memory', limit: `≤ ${memoryLimit} MB`, value: `${big.peak_rss_mb} MB`, met: big.peak_rss_mb <= memoryLimit },
    { name: 'ingest throughput', limit: '≥ 20 MB/s', value: `${big.ingest_mb_per_s} MB/s`, met: big.ingest_mb_per_s >= 20 },
    { name: 'paper page, compressed', limit: '≤ 30 KB', value: `${big.page_kb_gz} KB${big.page_fonts_kb !== undefined ? ` (fonts excluded: ${big.page_fonts_kb} KB more, cached once for the site)` : ''}`, met: big.page_kb_gz <= 30 },
    { name: 'first search fetches, compressed', limit: '≤ 200 KB', value: `${big.search_kb_gz} KB${big.search_fonts_kb !== undefined ? ` (fonts excluded: ${big.search_fonts_kb} KB more, cached once for the site)` : ''}`, met: big.search_kb_gz <= 200 },
    ...(big.output_kb_per_paper === undefined
      ? []
      : [
          { name: 'output per paper, search index included', limit: '≤ 80 KB', value: `${big.output_kb_per_paper} KB`, met: big.output_kb_per_paper <= 80 },
          { name: 'files per paper, search index included', limit: '≤ 2.5', value: String(big.output_files_per_paper), met: big.output_files_per_paper! <= 2.5 },
        ]),
    { name: 'no-op re-ingest', limit: '< 1 s', value: `${big.noop_ingest_s} s`, met: big.noop_ingest_s < 1 },
    { name: '"reshoring" typed, results after the last key, Pagefind loaded', limit: '≤ 100 ms', value: `${big.warm_result_ms} ms`, met: big.warm_result_ms <= 100 },
    { name: '"supply chain" (two common words) typed, results after the last key', limit: '≤ 300 ms', value: `${big.warm_phrase_ms} ms`, met: big.warm_phrase_ms <= 300 },
    {
      name: 'Lighthouse on a paper page (perf. / a11y / best pr. / SEO)',
      limit: '≥ 95 / 100 / 100 / 100',
      value: `${big.lighthouse.performance} / ${big.lighthouse.accessibility} / ${big.lighthouse.best_practices} / ${big.lighthouse.seo}`,
      met: big.lighthouse.performance >= 95 && big.lighthouse.accessibility === 100 && big.lighthouse.best_practices === 100 && big.lighthouse.seo === 100,
    },
    {
      name: `panning the graph (${big.graph_nodes} nodes): frames over 33 ms`,
      limit: '0',
      value: `${big.pan_dropped_frames} (median ${big.pan_frame_ms_median} ms, p95 ${big.pan_frame_ms_p95} ms)`,
      met: big.pan_dropped_frames === 0,
    },
  ];
  if (tenth) {
    const growth = Math.round((big.total_s / tenth.total_s) * 100) / 100;
    out.splice(1, 0, { name: `growth N=${tenth.n} → ${big.n}`, limit: '≤ 10×', value: `${growth}×`, met: growth <= 10 });
  }
  return out;
}

export function chart(records: readonly Record[]): string {
  const width = 640;
  const height = 320;
  const m = { top: 24, right: 64, bottom: 40, left: 56 };
  const x = scaleLog().domain([records[0]!.n, records.at(-1)!.n]).range([m.left, width - m.right]);
  const maxTime = Math.max(...records.flatMap((r) => [r.total_s, r.baseline_total_s]));
  const maxMem = Math.max(...records.map((r) => r.peak_rss_mb));
  const yTime = scaleLinear().domain([0, maxTime]).nice().range([height - m.bottom, m.top]);
  const yMem = scaleLinear().domain([0, maxMem]).nice().range([height - m.bottom, m.top]);
  const path = (y: (r: Record) => number) => line<Record>().x((r) => x(r.n)).y(y)(records) ?? '';
  const series = [
    { label: 'Folio: ingest + build + index (s)', d: path((r) => yTime(r.total_s)), color: '#0b5394', dash: '' },
    { label: 'Baseline: build + index (s)', d: path((r) => yTime(r.baseline_total_s)), color: '#6b6b6b', dash: '6 4' },
    { label: 'Folio peak memory (MB, right axis)', d: path((r) => yMem(r.peak_rss_mb)), color: '#b45309', dash: '2 3' },
  ];
  const tree = s('svg', { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-labelledby': 'chart-title' }, [
    s('title', { id: 'chart-title' }, 'Build time and peak memory against the number of papers'),
    s('rect', { width, height, fill: '#fff' }),
    ...records.map((r) => s('text', { x: x(r.n), y: height - m.bottom + 18, 'text-anchor': 'middle', 'font-size': 12 }, `N=${r.n}`)),
    ...yTime.ticks(5).map((t) => s('text', { x: m.left - 8, y: yTime(t) + 4, 'text-anchor': 'end', 'font-size': 11 }, `${t}s`)),
    ...yMem.ticks(5).map((t) => s('text', { x: width - m.right + 8, y: yMem(t) + 4, 'font-size': 11, fill: '#b45309' }, `${t}MB`)),
    s('line', { x1: m.left, x2: width - m.right, y1: height - m.bottom, y2: height - m.bottom, stroke: '#999' }),
    ...series.map((d) => s('path', { d: d.d, fill: 'none', stroke: d.color, 'stroke-width': 2, 'stroke-dasharray': d.dash || undefined })),
    ...series.map((d, i) =>
      s('g', { transform: `translate(${m.left + 8},${m.top + i * 16})` }, [
        s('line', { x1: 0, x2: 24, y1: 0, y2: 0, stroke: d.color, 'stroke-width': 2, 'stroke-dasharray': d.dash || undefined }),
        s('text', { x: 30, y: 4, 'font-size': 12 }, d.label),
      ]),
    ),
  ]);
  return `${toHtml(tree, { space: 'svg' })}\n`;
}

function row(cells: (string | number)[]): TableRow {
  return { type: 'tableRow', children: cells.map((c) => ({ type: 'tableCell', children: [{ type: 'text', value: String(c) }] })) };
}

export function reportMarkdown(result: Result): string {
  const records = result.records;
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'heading', depth: 1, children: [{ type: 'text', value: 'Folio benchmark' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: `Run ${result.date} on ${result.machine.cpus} cores, Node ${result.machine.node}. Synthetic collections of N papers (about 6 source pages each), the whole pipeline against a plain Astro + Pagefind baseline built from the same Markdown in the same run. Produced by ` },
          { type: 'inlineCode', value: 'npm run bench' },
          { type: 'text', value: '.' },
        ],
      },
      { type: 'paragraph', children: [{ type: 'image', url: 'chart.svg', alt: 'Build time and peak memory against N, Folio and baseline' }] },
      { type: 'heading', depth: 2, children: [{ type: 'text', value: `Targets at N = ${records.at(-1)!.n}` }] },
      {
        type: 'table',
        children: [row(['target', 'limit', 'measured', 'met']), ...targets(records).map((t) => row([t.name, t.limit, t.value, t.met ? 'yes' : 'NO']))],
      },
      { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Figures per N' }] },
      {
        type: 'table',
        children: [
          row(['N', 'source pages', 'source MB', 'HTML pages', 'Folio s', 'baseline s', 'ratio', 'peak MB', 'ingest MB/s', 'pages/s', 'output MB', 'page KB gz', 'search KB gz', 'first result ms', 'typed result ms', '"supply chain" typed ms', 'no-op ingest s', 'one-page ingest s', 'ingest speed-up, default over one thread']),
          ...records.map((r) =>
            row([r.n, r.source_pages, r.source_mb, r.html_pages, r.total_s, r.baseline_total_s, r.ratio, r.peak_rss_mb, r.ingest_mb_per_s, r.pages_per_s, r.output_mb, r.page_kb_gz, r.search_kb_gz, r.first_result_ms, r.warm_result_ms, r.warm_phrase_ms, r.noop_ingest_s, r.one_change_ingest_s, r.ingest_parallel_speedup]),
          ),
        ],
      },
      { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Output per paper by kind (KB / files)' }] },
      {
        type: 'table',
        children: [
          row(['N', 'all', ...OUTPUT_KINDS]),
          ...records
            .filter((r) => r.output_by_kind !== undefined)
            .map((r) => row([r.n, `${r.output_kb_per_paper} / ${r.output_files_per_paper}`, ...OUTPUT_KINDS.map((k) => `${r.output_by_kind![k].kb_per_paper} / ${r.output_by_kind![k].files_per_paper}`)])),
        ],
      },
      { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Graph and Lighthouse per N' }] },
      {
        type: 'table',
        children: [
          row(['N', 'graph nodes', 'graph script KB gz', 'graph.json KB gz', 'pan frame ms (median)', 'pan frame ms (p95)', 'frames over 33 ms', 'Lighthouse perf.', 'a11y', 'best practices', 'SEO']),
          ...records.map((r) =>
            row([r.n, r.graph_nodes, r.graph_bundle_kb_gz, r.graph_json_kb_gz, r.pan_frame_ms_median, r.pan_frame_ms_p95, r.pan_dropped_frames, r.lighthouse.performance, r.lighthouse.accessibility, r.lighthouse.best_practices, r.lighthouse.seo]),
          ),
        ],
      },
      { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Glossary found in the collection per N (an ingest stage)' }] },
      {
        type: 'table',
        children: [
          row(['N', 'entries found', 'seconds', 'ms per paper']),
          ...records.filter((r) => r.glossary_s !== undefined).map((r) => row([r.n, r.glossary_entries!, r.glossary_s!, Math.round((r.glossary_s! / r.n) * 1e4) / 10])),
        ],
      },
      { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Glossary linker per N (one matcher over all terms)' }] },
      {
        type: 'table',
        children: [
          row(['N', 'glossary terms', 'MB/s', 'matches', 'MB/s with 5000 terms', 'matches with 5000 terms']),
          ...records.map((r) => row([r.n, r.linker_terms, r.linker_mb_per_s, r.linker_matches, r.linker_5000_mb_per_s, r.linker_5000_matches])),
        ],
      },
      { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Stages (wall s / CPU s / peak MB)' }] },
      {
        type: 'table',
        children: [
          row(['N', ...Object.keys(records[0]!.stages)]),
          ...records.map((r) => row([r.n, ...Object.values(r.stages).map((st) => `${st.wall_s} / ${st.cpu_s} / ${st.peak_rss_mb}`)])),
        ],
      },
    ],
  };
  return toMarkdown(tree, { extensions: [gfmTableToMarkdown()] });
}

export function writeReport(dir: string, result: Result): void {
  writeFileSync(join(dir, 'chart.svg'), chart(result.records));
  writeFileSync(join(dir, 'report.md'), reportMarkdown(result));
}
