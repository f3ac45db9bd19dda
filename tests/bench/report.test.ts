import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chart, type Record, reportMarkdown, targets } from '../../bench/lib/report.ts';

const stage = { wall_s: 1, cpu_s: 1, peak_rss_mb: 100 };
const record = (n: number, total: number, base: number): Record => ({
  n, source_pages: n * 5, source_mb: n / 50, html_pages: n * 3, stages: { ingest: stage, build: stage }, total_s: total, baseline_total_s: base,
  ratio: Math.round((total / base) * 100) / 100, peak_rss_mb: 500 + n, ingest_mb_per_s: 3, pages_per_s: 80, output_mb: n / 10, page_kb_gz: 9.3,
  search_kb_gz: 60, first_result_ms: 900, warm_result_ms: 40, warm_phrase_ms: 120, noop_ingest_s: 0.6, one_change_ingest_s: 0.7, ingest_parallel_speedup: 1.1,
  graph_nodes: n * 3, graph_bundle_kb_gz: 20, graph_json_kb_gz: n / 4, pan_frame_ms_median: 16.7, pan_frame_ms_p95: 20, pan_dropped_frames: n > 100 ? 2 : 0,
  linker_terms: 48, linker_mb_per_s: 7, linker_5000_mb_per_s: 6.5, linker_matches: n * 10, linker_5000_matches: n * 30,
  lighthouse: { performance: 98, accessibility: 100, best_practices: 100, seo: n > 100 ? 92 : 100 },
});

test('targets are judged at the largest N, growth against N/10', () => {
  const t = targets([record(100, 8, 6), record(1000, 60, 50)]);
  assert.deepEqual(t.map((x) => [x.name, x.met]), [
    ['full pipeline vs baseline build + index', true],
    ['growth N=100 → 1000', true],
    ['peak memory', true],
    ['ingest throughput', false],
    ['paper page, compressed', true],
    ['first search fetches, compressed', true],
    ['no-op re-ingest', true],
    ['"reshoring" typed, results after the last key, Pagefind loaded', true],
    ['"supply chain" (two common words) typed, results after the last key', true],
    ['Lighthouse on a paper page (perf. / a11y / best pr. / SEO)', false],
    ['panning the graph (3000 nodes): frames over 33 ms', false],
  ]);
});

test("from 5,000 papers on, the scale issue's targets: 1.2× the baseline, 4 GB, six minutes at 10,000 and the output per paper", () => {
  const big = { ...record(10000, 330, 300), peak_rss_mb: 4200, output_kb_per_paper: 79, output_files_per_paper: 2.6 };
  const t = new Map(targets([record(1000, 60, 50), big]).map((x) => [x.name, [x.limit, x.met]]));
  assert.deepEqual(t.get('full pipeline vs baseline build + index'), ['≤ 1.2×', true]);
  assert.deepEqual(t.get('whole pipeline (ingest + build + index)'), ['≤ 360 s', true]);
  assert.deepEqual(t.get('peak memory'), ['≤ 4096 MB', false]);
  assert.deepEqual(t.get('output per paper, search index included'), ['≤ 80 KB', true]);
  assert.deepEqual(t.get('files per paper, search index included'), ['≤ 2.5', false]);
  assert.equal(targets([record(100, 8, 6), record(1000, 60, 50)]).some((x) => x.name.startsWith('whole pipeline')), false, 'six minutes is for 10,000 papers');
});

test('the report is Markdown with the targets table and the chart', () => {
  const md = reportMarkdown({ date: 'd', machine: { cpus: 2, node: 'v24' }, records: [record(10, 5, 3), record(100, 8, 6)] });
  assert.match(md, /^# Folio benchmark\n\nRun d on 2 cores/);
  assert.match(md, /!\[Build time and peak memory against N, Folio and baseline\]\(chart\.svg\)/);
  assert.match(md, /\| full pipeline vs baseline build \+ index +\| ≤ 1\.5× +\| 1\.33× +\| yes/);
  assert.match(md, /\| 100 +\| 300 +\| 20 +\| 25 +\| 16\.7 +\| 20 +\| 0 +\| 98 +\| 100 +\| 100 +\| 100 +\|/);
  assert.match(md, /\| 100 +\| 48 +\| 7 +\| 1000 +\| 6\.5 +\| 3000 +\|/);
  const svg = chart([record(10, 5, 3), record(100, 8, 6)]);
  assert.match(svg, /^<svg [^>]*role="img"/);
  assert.equal(svg.match(/<path /g)?.length, 3);
});

test("with repeated runs the report gives the fastest runs' ratio and every run's", () => {
  const repeated = { ...record(100, 8, 6), ratio: 1.45, ratio_runs: [1.62, 1.45, 1.38] };
  const md = reportMarkdown({ date: 'd', machine: { cpus: 2, node: 'v24' }, records: [record(10, 5, 3), repeated] });
  assert.match(md, /\| full pipeline vs baseline build \+ index +\| ≤ 1\.5× +\| 1\.45× \(fastest of 3 runs each; each run: 1\.62, 1\.45, 1\.38\) +\| yes/);
});

test("the paper page's web fonts are reported beside its weight, not counted in it", () => {
  const withFonts = { ...record(1000, 60, 50), page_fonts_kb: 91.1 };
  const page = targets([record(100, 8, 6), withFonts]).find((t) => t.name === 'paper page, compressed')!;
  assert.equal(page.value, '9.3 KB (fonts excluded: 91.1 KB more, cached once for the site)');
  assert.equal(page.met, true);
});

test('the glossary found in the collection is reported per N, with its time per paper', () => {
  const md = reportMarkdown({ date: '2026-12-03', machine: { cpus: 2, node: 'v24' }, records: [{ ...record(100, 8, 6), glossary_s: 0.4, glossary_entries: 30 }, { ...record(1000, 60, 50), glossary_s: 3.9, glossary_entries: 41 }] });
  assert.match(md, /Glossary found in the collection per N/);
  assert.match(md, /\| 1000 \| 41\s*\| 3\.9\s*\| 3\.9\s*\|/);
});

test("the first search's web fonts are reported beside its bytes, not counted in them", () => {
  const t = targets([record(100, 8, 6), { ...record(1000, 60, 50), search_fonts_kb: 78.3 }]).find((x) => x.name === 'first search fetches, compressed')!;
  assert.equal(t.value, '60 KB (fonts excluded: 78.3 KB more, cached once for the site)');
});
