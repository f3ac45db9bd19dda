import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { balanceBidi } from '../../src/shared/bidi.ts';

const [LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI] = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];

test('an override left open is dropped, so it cannot reverse what follows the text', () => {
  assert.equal(balanceBidi(`A ${RLO}Title`), 'A Title');
  assert.equal(balanceBidi(`Title ${PDF} after`), 'Title  after');
});

test('closed pairs are kept, nested or not', () => {
  for (const text of [`a ${RLE}b${PDF} c`, `${RLI}עברית${PDI} (2024)`, `${LRI}x ${RLO}y${PDF}${PDI}`, `${FSI}x${PDI}${LRO}z${PDF}`]) assert.equal(balanceBidi(text), text);
});

test('a pop closes the innermost opener of its kind; openers of the other kind inside it go', () => {
  assert.equal(balanceBidi(`${RLI}a${RLO}b${PDI}c`), `${RLI}ab${PDI}c`);
  assert.equal(balanceBidi(`${LRE}a${PDI}b${PDF}`), `${LRE}ab${PDF}`);
});

test('whatever the text, the result is balanced: every opener closed, every closer opened', () => {
  const unit = fc.constantFrom('a', ' ', 'ע', LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI);
  fc.assert(
    fc.property(fc.array(unit, { maxLength: 30 }), (units) => {
      const out = balanceBidi(units.join(''));
      const stack: string[] = [];
      for (const c of out) {
        if ([LRE, RLE, LRO, RLO].includes(c)) stack.push('e');
        else if ([LRI, RLI, FSI].includes(c)) stack.push('i');
        else if (c === PDF) assert.equal(stack.pop(), 'e');
        else if (c === PDI) assert.equal(stack.pop(), 'i');
      }
      assert.deepEqual(stack, []);
      // Nothing but controls is ever removed.
      assert.equal(out.replace(/[\u202a-\u202e\u2066-\u2069]/gu, ''), units.join('').replace(/[\u202a-\u202e\u2066-\u2069]/gu, ''));
    }),
  );
});
