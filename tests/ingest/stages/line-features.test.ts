import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { hasEmail } from '../../../src/ingest/stages/line-features.ts';

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
