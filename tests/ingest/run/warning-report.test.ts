import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { reportWarnings, warningKind } from '../../../src/ingest/run/warning-report.ts';

const noTitle = (i: number) => `p${i}.txt: no title is printed on the page(s) of paper "paper-${i}"; add \`title:\` in a sidecar YAML`;
const noAuthor = (i: number) => `p${i}.txt: no author found for paper "paper-${i}"; add \`author:\` in a sidecar YAML if it has one`;

test('a few warnings are all shown, one a line', () => {
  const lines: string[] = [];
  reportWarnings([noTitle(1), noAuthor(1)], mkdtempSync(join(tmpdir(), 'folio-w-')), (t) => lines.push(t));
  assert.deepEqual(lines, [`ingest: warning: ${noTitle(1)}\n`, `ingest: warning: ${noAuthor(1)}\n`]);
});

test('5,000 warnings: the first 20, a count of each kind, and every one in the file the last line names', () => {
  const warnings = Array.from({ length: 3000 }, (_, i) => noTitle(i)).concat(Array.from({ length: 2000 }, (_, i) => noAuthor(i)));
  const dir = mkdtempSync(join(tmpdir(), 'folio-w-'));
  const out: string[] = [];
  reportWarnings(warnings, dir, (t) => out.push(t));
  const text = out.join('');
  assert.equal(text.match(/^ingest: warning: /gmu)?.length, 20);
  assert.match(text, /5000 warnings in all, 4980 not shown/u);
  assert.match(text, new RegExp(`3000 × ${warningKind(noTitle(0)).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'u'));
  assert.match(text, /2000 × no author found for paper "…"/u);
  const file = /every warning is in (.+)\n$/u.exec(text)![1]!;
  assert.equal(readFileSync(file.startsWith('/') ? file : join(process.cwd(), file), 'utf8'), `${warnings.join('\n')}\n`);
});
