import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chart, type Record, reportMarkdown, targets } from '../../bench/lib/report.ts';

const stage = { wall_s: 1, cpu_s: 1, peak_rss_mb: 100 };
const record = (n: number, total: number, base: number): Record => ({
  n, source_pages: n * 5, source_mb: n / 50, html_pages: n * 3, stages: { ingest: stage, build: stage }, total_s: total, baseline_total_s: base,
  ratio: Math.round((total / base) * 100) / 100, peak_rss_mb: 500 + n, ingest_mb_per_s: 3, pages_per_s: 80, output_mb: n / 10, page_kb_gz: 9.3,
  search_kb_gz: 60, first_result_ms: 900, warm_result_ms: 40, noop_ingest_s: 0.6, one_change_ingest_s: 0.7, ingest_parallel_speedup: 1.1,
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
  ]);
});

test('the report is Markdown with the targets table and the chart', () => {
  const md = reportMarkdown({ date: 'd', machine: { cpus: 2, node: 'v24' }, records: [record(10, 5, 3), record(100, 8, 6)] });
  assert.match(md, /^# Folio benchmark\n\nRun d on 2 cores/);
  assert.match(md, /!\[Build time and peak memory against N, Folio and baseline\]\(chart\.svg\)/);
  assert.match(md, /\| full pipeline vs baseline build \+ index \| ≤ 1\.5× +\| 1\.33× +\| yes/);
  const svg = chart([record(10, 5, 3), record(100, 8, 6)]);
  assert.match(svg, /^<svg [^>]*role="img"/);
  assert.equal(svg.match(/<path /g)?.length, 3);
});
