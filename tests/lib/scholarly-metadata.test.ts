import assert from 'node:assert/strict';
import { test } from 'node:test';
import { citationReference, coins, highwireTags, scholarlyArticle } from '../../src/lib/scholarly-metadata.ts';
import { ingest } from '../../src/ingest/pipeline.ts';
import { toFrontmatter } from '../../src/model/schema.ts';
import { seedFiles } from '../helpers/corpus.ts';

const { papers, references } = ingest(seedFiles());
const zhang = toFrontmatter(papers.find((p) => p.author[0]?.family === 'Zhang')!);

test('empty fields are omitted, never filled with placeholders', () => {
  const names = highwireTags(zhang, '/papers/z/', []).map((t) => t.name);
  for (const absent of ['citation_journal_title', 'citation_volume', 'citation_issue', 'citation_publication_date', 'citation_firstpage']) assert.ok(!names.includes(absent), absent);
  assert.ok(names.includes('citation_title') && names.includes('citation_author'));
  const ld = scholarlyArticle(zhang, '/papers/z/');
  assert.equal(ld.datePublished, undefined);
  assert.equal(ld.isPartOf, undefined);
});

test('citation_reference and COinS describe a cited work from what is known', () => {
  const hbr = references.find((r) => r.key === 'industrial-policy-it-doesnt-work-1983')!;
  assert.equal(citationReference(hbr), 'citation_title=Industrial Policy: It Doesn’t Work; citation_journal_title=Harvard Business Review; citation_volume=11; citation_publication_date=1983');
  const kev = new URLSearchParams(coins(hbr));
  assert.equal(kev.get('rft.atitle'), 'Industrial Policy: It Doesn’t Work');
  assert.equal(kev.get('rft.jtitle'), 'Harvard Business Review');
  assert.equal(kev.get('rft.date'), '1983');
  const liu = new URLSearchParams(coins(references.find((r) => r.key === 'liu-et-al-2024')!));
  assert.deepEqual(liu.getAll('rft.au'), ['Liu', 'Kuang', 'Wang']);
});
