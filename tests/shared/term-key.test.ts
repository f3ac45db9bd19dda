import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { formKey, stem, stemWord, termKey } from '../../src/shared/term-key.ts';

test('the remembered stemmer answers as the stemmer, first time and every time after', () => {
  const word = fc.array(fc.constantFrom('a', 'e', 'i', 's', 'x', 'n', 'y', 'u', 'N', 'D', 'C', 'é', 'ß', '1', '&'), { minLength: 1, maxLength: 10 }).map((cs) => cs.join(''));
  fc.assert(fc.property(word, (w) => stem(w) === stemWord(w) && stem(w) === stemWord(w)), { numRuns: 5000 });
});

test('forms of one term share a key', () => {
  assert.equal(termKey('Rio-Marker'), termKey('Rio markers'));
  assert.equal(termKey('value chains'), termKey('value chain'));
  assert.equal(termKey('NDCs'), termKey('NDC'));
});

test('the remembered key answers as the key, for phrases of words, hyphens and short forms', () => {
  const form = fc.array(fc.constantFrom('Rio', 'marker', 'markers', '-', ' ', 'NDC', 'NDCs', 'value', 'chain', 'chains', 'é', 'x'), { minLength: 1, maxLength: 6 }).map((ps) => ps.join(''));
  fc.assert(fc.property(form, (f) => termKey(f) === formKey(f) && termKey(f) === formKey(f)), { numRuns: 3000 });
});
