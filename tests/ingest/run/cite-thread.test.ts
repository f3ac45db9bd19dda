import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatCitations } from '../../../src/ingest/write/cite-formats.ts';
import { formatHere, startCiteThread } from '../../../src/ingest/run/cite-thread.ts';
import type { PaperMeta } from '../../../src/model/schema.ts';

const paper = (i: number): PaperMeta => ({
  id: `paper-${i}`,
  type: i % 2 ? 'article-journal' : 'webpage',
  title: `Supply Chains, Part ${i}`,
  author: [{ family: i % 3 ? 'Li' : 'Zhang', given: 'Ting' }],
  ...(i % 2 ? { 'container-title': 'The Journal of Economic Sciences: Theory and Practice', volume: '83', issue: '1', page: `${40 + i}-57` } : {}),
  ...(i % 4 ? { issued: { 'date-parts': [[2020 + (i % 6)]] } } : {}),
  language: 'en',
});

test('citations formatted on the citation thread are those formatted here, each batch to its own papers', async () => {
  const formatter = startCiteThread();
  try {
    const batches = [[0, 1, 2], [3], [4, 5, 6, 7]].map((ids) => ids.map(paper));
    // All sent before any is awaited, as the ingest sends them.
    const formatted = await Promise.all(batches.map((batch) => formatter.format(batch)));
    batches.forEach((batch, b) => assert.deepEqual(formatted[b], formatCitations(batch)));
    assert.match(formatted[1]![0]!.apa ?? '', /^Zhang, T\. \(2023\)\. Supply Chains, Part 3\./);
    assert.match(formatted[2]![0]!.apa ?? '', /^Li, T\. \(n\.d\.\)\. <i>Supply Chains, Part 4<\/i>/);
  } finally {
    await formatter.close();
  }
});

test('formatting here gives the same citations', async () => {
  const batch = [0, 1, 2].map(paper);
  assert.deepEqual(await formatHere(batch), formatCitations(batch));
});
