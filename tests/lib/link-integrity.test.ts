import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertCitationsResolve, unresolvedCitations } from '../../src/lib/link-integrity.ts';
import { ingest } from '../../src/ingest/pipeline.ts';
import { toFrontmatter } from '../../src/model/schema.ts';
import { seedFiles } from '../helpers/corpus.ts';

const { papers, references } = ingest(seedFiles());
const entries = papers.map((p) => ({ id: p.id, data: toFrontmatter(p) }));

test('the seeds resolve fully', () => {
  assert.deepEqual(unresolvedCitations(entries, new Set(references.map((r) => r.key))), []);
});

test('a missing reference stops the build, naming the paper and the citation', () => {
  const keys = new Set(references.map((r) => r.key).filter((k) => k !== 'calatayud-2025'));
  assert.throws(() => assertCitationsResolve(entries, keys), /paper "li-2026-impact-artificial-intelligence-robotics", block b7: citation "\(Calatayud, 2025\)" points to reference "calatayud-2025"/);
});
