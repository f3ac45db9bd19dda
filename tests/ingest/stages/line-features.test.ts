import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { hasEmail, hasNameShape } from '../../../src/ingest/stages/line-features.ts';

const REGEX = /\S+@\S+\.\S+/u;

test('hasEmail answers as the regex it replaced, on any short line of letters, @, dots and spaces', () => {
  const line = fc.array(fc.constantFrom('a', 'Z', '@', '.', ' ', '\t', 'é'), { maxLength: 24 }).map((cs) => cs.join(''));
  fc.assert(fc.property(line, (text) => hasEmail(text) === REGEX.test(text)), { numRuns: 5000 });
  assert.equal(hasEmail('Corresponding author: j.doe@uni.example.org'), true);
  assert.equal(hasEmail('Price @ 5 dollars.'), false);
});

test("hasEmail reads a 1 MB line without spaces (once quadratic: tens of seconds)", () => {
  assert.equal(hasEmail('x@'.repeat(500_000)), false);
  assert.equal(hasEmail('a'.repeat(1_000_000)), false);
  assert.equal(hasEmail(`${'x@'.repeat(500_000)}a.b`), true);
});

const NAME_SHAPE = /^(?:\p{Lu}[\p{L}'’.-]+\.?\s*(?:\p{Lu}\.\s*){0,3}[,;&*\d¹²³]*\s*(?:and|и|ve|dan|y|e|et|und|&|,)?\s*){1,8}$/u;

test('hasNameShape answers as the regex it guards, on lines of names, initials, marks, connectors and prose', () => {
  const piece = fc.constantFrom('A', 'Z', 'a', 'e', 't', 'd', 'n', 'y', 'и', 'Ж', '.', ',', ';', '&', '*', '1', '²', "'", '-', ' ', ' ', ':', '(', 'and', 'et', 'und', 'dan', 've', 'Smith', 'J.', 'de', 'of');
  const line = fc.array(piece, { maxLength: 12 }).map((ps) => ps.join(''));
  fc.assert(fc.property(line, (text) => hasNameShape(text) === NAME_SHAPE.test(text)), { numRuns: 20000 });
  for (const text of ['Li Ting', 'Amara Okonkwo and Lena Hartmann', 'J. A. Smith¹, K. Lee²*', 'AA1et', 'AA J.A', 'Смирнова Е. В., Круглова О. А.', 'Global value chains are changing.', 'THE JOURNAL OF ECONOMIC SCIENCES: THEORY AND PRACTICE']) {
    assert.equal(hasNameShape(text), NAME_SHAPE.test(text), text);
  }
});
