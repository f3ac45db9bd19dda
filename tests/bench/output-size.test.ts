import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { outputKind, outputSize, perPaper } from '../../bench/lib/output-size.ts';

test('each file of a built site is counted under its kind', () => {
  assert.equal(outputKind('papers/li-2026/index.html'), 'paper pages');
  assert.equal(outputKind('papers/li-2026/source/index.html'), 'source views');
  assert.equal(outputKind('papers/index.html'), 'other');
  assert.equal(outputKind('references/calatayud-2025/index.html'), 'work pages');
  assert.equal(outputKind('references/by-author/index.html'), 'work lists');
  assert.equal(outputKind('references/by-year/3/index.html'), 'work lists');
  assert.equal(outputKind('references/index.html'), 'work lists');
  assert.equal(outputKind('glossary/reshoring/index.html'), 'concept pages');
  assert.equal(outputKind('glossary/reshoring/uses/2/index.html'), 'concordance pages');
  assert.equal(outputKind('glossary/index.html'), 'other');
  assert.equal(outputKind('pagefind/fragment/en_1a2b.pf_fragment'), 'search index');
  assert.equal(outputKind('pagefind-parts/2/pagefind-entry.json'), 'search index');
  assert.equal(outputKind('graph.json'), 'graph');
  assert.equal(outputKind('_astro/paper.css'), 'assets');
});

test('bytes and files per paper add up over the kinds', () => {
  const dist = mkdtempSync(join(tmpdir(), 'folio-size-'));
  const put = (path: string, bytes: number) => {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), 'x'.repeat(bytes));
  };
  put('papers/a/index.html', 2048);
  put('papers/b/index.html', 2048);
  put('papers/a/source/index.html', 1024);
  put('pagefind/fragment/x.pf_fragment', 1024);
  const size = outputSize(dist);
  assert.equal(size.files, 4);
  const per = perPaper(size, 2);
  assert.equal(per.output_kb_per_paper, 3);
  assert.equal(per.output_files_per_paper, 2);
  assert.deepEqual(per.output_by_kind['paper pages'], { kb_per_paper: 2, files_per_paper: 1 });
  assert.deepEqual(per.output_by_kind['search index'], { kb_per_paper: 0.5, files_per_paper: 0.5 });
});
