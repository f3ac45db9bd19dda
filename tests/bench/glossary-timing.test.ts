import assert from 'node:assert/strict';
import { test } from 'node:test';
import { glossaryTiming } from '../../bench/lib/glossary-timing.ts';

test("the glossary's time and entries are read off the ingest's own progress line", () => {
  const output = 'ingest: 1,000 papers built (12.0 s)\ningest: 4,210 references (1.2 s)\ningest: 1,041 glossary entries found (3.4 s)\ningest: 5,300 files written, 0 removed (2.0 s)\n';
  assert.deepEqual(glossaryTiming(output), { glossary_entries: 1041, glossary_s: 3.4 });
  assert.throws(() => glossaryTiming('ingest: 3 references (0.1 s)\n'), /no glossary line/);
});
