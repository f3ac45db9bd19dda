import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'yaml';
import { toYaml } from '../../../src/ingest/write/frontmatter.ts';
import { ingest } from '../../../src/ingest/pipeline.ts';
import { seedFiles } from '../../helpers/corpus.ts';

test('the YAML reads back as exactly the data written', () => {
  for (const { blocks: _b, ...paper } of ingest(seedFiles()).papers) assert.deepEqual(parse(toYaml(paper)), JSON.parse(JSON.stringify(paper)));
});

test('awkward values survive: quotes, colons, leading dashes, line separators, empty lists', () => {
  const data = { title: 'A: “quoted” - text #1 \u2028 next', 'container-title': '- x', list: [], nested: [{ a: 'b: c', n: null }], n: 3 };
  assert.deepEqual(parse(toYaml(data)), data);
});

test('one list item per line, so a diff shows one citation changing', () => {
  const yaml = toYaml({ citations: [{ text: '(A, 2020)' }, { text: '(B, 2021)' }] });
  assert.equal(yaml, 'citations:\n  - {"text":"(A, 2020)"}\n  - {"text":"(B, 2021)"}\n');
});
