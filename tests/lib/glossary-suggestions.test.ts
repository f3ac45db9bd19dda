import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingest } from '../../src/ingest/pipeline.ts';
import { loadGlossaryTerms } from '../../src/build/glossary-terms.ts';
import { suggestConcepts } from '../../src/lib/glossary-suggestions.ts';
import { ROOT, seedFiles } from '../helpers/corpus.ts';
import { join } from 'node:path';

const { papers } = ingest(seedFiles());

test('quoted terms and frequent phrases not in the glossary are proposed, with counts and context', () => {
  const { candidates } = suggestConcepts(papers, loadGlossaryTerms(join(ROOT, 'content/glossary')));
  const quoted = candidates.find((c) => c.term === 'industry-driven globalization')!;
  assert.deepEqual([quoted.source, quoted.count, quoted.papers], ['quoted', 1, 1]);
  assert.match(quoted.example, /traditional “industry-driven globalization” toward/);
  const phrase = candidates.find((c) => c.term === 'global trade')!;
  assert.deepEqual([phrase.source, phrase.papers], ['phrase', 2]);
  assert.ok(!candidates.some((c) => /^(?:reshoring|digital slicing|global value)$/i.test(c.term)), 'terms the glossary covers are not proposed');
});

test('an empty glossary proposes the ingest’s terms and abbreviations; a stale entry is reported', () => {
  const { candidates, stale } = suggestConcepts(papers, [{ slug: 'unicorn-economics', forms: ['unicorn economics'] }]);
  const wto = candidates.find((c) => c.term === 'WTO')!;
  assert.deepEqual([wto.source, wto.expansion], ['abbreviation', 'World Trade Organization']);
  assert.ok(candidates.some((c) => c.term === 'reshoring' && c.count === 2));
  assert.deepEqual(stale, ['unicorn-economics']);
});
