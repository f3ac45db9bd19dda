import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { generateCorpus } from '../../bench/generate.ts';

function corpus(n: number, seed: number): Map<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'folio-gen-'));
  generateCorpus(n, dir, seed);
  return new Map(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

test('deterministic: the same seed gives the same source pages', () => {
  assert.deepEqual(corpus(12, 3), corpus(12, 3));
  assert.notDeepEqual(corpus(12, 3), corpus(12, 4));
});

test('source pages of both kinds, with furniture, headings, terms and citations', () => {
  const pages = [...corpus(30, 1).values()];
  const pdf = pages.filter((p) => /^Page \d+ - /.test(p));
  const web = pages.filter((p) => !/^Page \d+ - /.test(p));
  assert.ok(pdf.length > 0 && web.length > 0);
  assert.ok(pdf.every((p) => /\nP\. \d+\n/.test(p) && /\n\d+\n$/.test(p)), 'page label and foot number');
  assert.ok(pdf.some((p) => /, V\.\d+, # \d+, \d{4}, pp\. \d+-\d+\n/.test(p)), 'journal line');
  assert.ok(pdf.some((p) => /[a-z]-\n[a-z]/.test(p)), 'hyphenated line breaks');
  assert.ok(web.every((p) => /经典小说推荐/.test(p)), 'web cruft');
  const text = pages.join('\n');
  assert.match(text, /\([A-Z][a-z]+(?: et al\.| & [A-Z][a-z]+)?, (19|20)\d\d\)/, 'author-year citations');
  assert.match(text, /\[\d+(?:, p\. \d+)?\]/, 'numbered citations');
  assert.match(text, /reshoring|global value chain|digital slicing/, 'terms of art');
});

test('a natural (Zipf-like) word distribution: a few words are very common, most are rare', () => {
  const counts = new Map<string, number>();
  for (const page of corpus(40, 1).values()) for (const w of page.toLowerCase().match(/[a-z]+/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  const sorted = [...counts.values()].sort((a, b) => b - a);
  const total = sorted.reduce((a, b) => a + b, 0);
  assert.ok(sorted.slice(0, 10).reduce((a, b) => a + b, 0) / total > 0.15, 'top ten words carry a large share');
  assert.ok(sorted.filter((c) => c === 1).length / sorted.length > 0.3, 'many words occur once');
  assert.ok(counts.size > 3000, `a large vocabulary (${counts.size})`);
});
