import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceAround } from '../../../src/ingest/stages/sentences.ts';

const around = (text: string, needle: string) => {
  const start = text.indexOf(needle);
  assert.ok(start !== -1, `"${needle}" not in text`);
  return sentenceAround(text, start, start + needle.length);
};

test('the sentence that holds the span', () => {
  const text = 'Trade fell. Costs rose (Fajgelbaum et al., 2020; Flaaen and Pierce 2019). Firms adapted.';
  assert.equal(around(text, 'Flaaen and Pierce 2019'), 'Costs rose (Fajgelbaum et al., 2020; Flaaen and Pierce 2019).');
  assert.equal(around(text, 'Trade'), 'Trade fell.');
  assert.equal(around(text, 'adapted'), 'Firms adapted.');
});

test('abbreviations ending in a period do not end the sentence', () => {
  assert.equal(around('Trade fell. As Fajgelbaum et al. Argue, costs rose. Firms adapted.', 'costs'), 'As Fajgelbaum et al. Argue, costs rose.');
  assert.equal(around('Trade fell. See the data (p. 45) for Asia. Costs rose.', 'Asia'), 'See the data (p. 45) for Asia.');
  assert.equal(around('Trade fell. The U.S. Raised tariffs in 2018. Firms adapted.', 'tariffs'), 'The U.S. Raised tariffs in 2018.');
  assert.equal(around('Trade fell. Some costs, e.g. Freight, rose. Firms adapted.', 'rose'), 'Some costs, e.g. Freight, rose.');
});

test('a period followed by a lower-case word or a digit inside a number is no boundary', () => {
  assert.equal(around('Trade fell. Values rose by 3.5 percent. Firms adapted.', '3.5'), 'Values rose by 3.5 percent.');
  assert.equal(around('Trade fell. costs rose. Firms adapted.', 'costs'), 'Trade fell. costs rose.');
});

test('closing quotes and brackets stay with their sentence', () => {
  assert.equal(around('He said “Costs rose.” Firms adapted.', 'Costs'), 'He said “Costs rose.”');
  assert.equal(around('Was it costly? Yes. Firms adapted.', 'Yes'), 'Yes.');
  assert.equal(around('See [1]. It showed growth [2]. Done.', '[2]'), 'It showed growth [2].');
});

test('a sentence may start with a number', () => {
  assert.equal(around('Trade fell in 2018. 2019 was worse. Firms adapted.', 'worse'), '2019 was worse.');
});

test('text without boundaries is one sentence', () => {
  assert.equal(around('  no boundaries here at all  ', 'boundaries'), 'no boundaries here at all');
});
