/**
 * The benchmark cannot rot: `npm run bench -- --n 10` completes and reports
 * every figure (the values themselves are the benchmark's business, not a test's).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../helpers/corpus.ts';

test('bench at N=10 completes and reports every figure', () => {
  const out = mkdtempSync(join(tmpdir(), 'folio-bench-'));
  const r = spawnSync(process.execPath, ['bench/run.ts', '--n', '10', '--out', out, '--work', join(out, 'work')], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr + r.stdout);
  const result = JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8'));
  const [record] = result.records;
  for (const field of ['n', 'total_s', 'baseline_total_s', 'ratio', 'peak_rss_mb', 'ingest_mb_per_s', 'page_kb_gz', 'search_kb_gz', 'first_result_ms', 'warm_result_ms', 'warm_phrase_ms', 'noop_ingest_s', 'one_change_ingest_s', 'pages_per_s', 'ingest_parallel_speedup', 'graph_nodes', 'graph_bundle_kb_gz', 'pan_frame_ms_median', 'pan_frame_ms_p95', 'linker_terms', 'linker_mb_per_s', 'linker_5000_mb_per_s', 'linker_5000_matches', 'glossary_entries', 'page_fonts_kb', 'search_fonts_kb']) {
    assert.ok(Number.isFinite(record[field]) && record[field] > 0, `${field}: ${record[field]}`);
  }
  for (const category of ['performance', 'accessibility', 'best_practices', 'seo']) {
    assert.ok(record.lighthouse[category] > 0 && record.lighthouse[category] <= 100, `Lighthouse ${category}: ${record.lighthouse[category]}`);
  }
  assert.ok(Number.isInteger(record.pan_dropped_frames) && record.pan_dropped_frames >= 0);
  // The ingest prints its stages to a tenth of a second: at N = 10 the glossary may take "0.0 s".
  assert.ok(Number.isFinite(record.glossary_s) && record.glossary_s >= 0, `glossary_s: ${record.glossary_s}`);
  for (const stage of ['ingest', 'ingest_noop', 'build', 'index', 'baseline_build', 'baseline_index']) {
    assert.ok(record.stages[stage].wall_s > 0 && record.stages[stage].peak_rss_mb > 0, stage);
  }
  assert.ok(existsSync(join(out, 'report.md')) && existsSync(join(out, 'chart.svg')));
});
