import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseWord, TermMatcher } from '../../src/markdown/term-matcher.ts';

const matcher = () =>
  new TermMatcher([
    { slug: 'global-value-chain', forms: ['global value chain', 'GVC'] },
    { slug: 'value-chain', forms: ['value chain'] },
    { slug: 'reshoring', forms: ['reshoring', 'reshore', 're-shoring'] },
    { slug: 'economies-of-scale', forms: ['economies of scale'] },
  ]);
const found = (text: string) => matcher().find(text).map((m) => [m.slug, text.slice(m.start, m.end)]);

test('aliases and abbreviations, case-insensitive', () => {
  assert.deepEqual(found('GVC research; Global Value Chain; RESHORE'), [
    ['global-value-chain', 'GVC'],
    ['global-value-chain', 'Global Value Chain'],
    ['reshoring', 'RESHORE'],
  ]);
});

test('plural and singular alike', () => {
  assert.deepEqual(found('global value chains and GVCs and economy of scale'), [
    ['global-value-chain', 'global value chains'],
    ['global-value-chain', 'GVCs'],
    ['economies-of-scale', 'economy of scale'],
  ]);
  assert.equal(normaliseWord('economies'), 'economy');
  assert.equal(normaliseWord('analysis'), 'analysis');
});

test('hyphen and space variants', () => {
  assert.deepEqual(found('re-shoring and re shoring and global-value-chain'), [
    ['reshoring', 're-shoring'],
    ['reshoring', 're shoring'],
    ['global-value-chain', 'global-value-chain'],
  ]);
});

test('longest match first: "global value chain" over "value chain"', () => {
  assert.deepEqual(found('the global value chain and a value chain'), [
    ['global-value-chain', 'global value chain'],
    ['value-chain', 'value chain'],
  ]);
});

test('words must be adjacent: punctuation between them breaks a term', () => {
  assert.deepEqual(found('global value, chain'), []);
});

test('linear in the text, whatever the size of the glossary (a complexity property)', () => {
  const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
  const text = Array.from({ length: 20000 }, (_, i) => words[(i * 7919) % words.length]).join(' ');
  const small = new TermMatcher(Array.from({ length: 50 }, (_, i) => ({ slug: `t${i}`, forms: [`${words[i]} ${words[i + 1]}`] })));
  const large = new TermMatcher(Array.from({ length: 5000 }, (_, i) => ({ slug: `t${i}`, forms: [`${words[i]} ${words[(i + 1) % 5000]} ${words[(i + 2) % 5000]}`, words[(i * 13) % 5000]!] })));
  small.find(text);
  large.find(text);
  const wordCount = 20000;
  // Each word costs at most as many steps as the longest term has words (3), never a step per term.
  assert.ok(large.steps <= 3 * wordCount, `steps ${large.steps} for ${wordCount} words`);
  assert.ok(small.steps <= 3 * wordCount);
  const double = new TermMatcher(Array.from({ length: 5000 }, (_, i) => ({ slug: `t${i}`, forms: [words[(i * 13) % 5000]!] })));
  double.find(`${text} ${text}`);
  const single = new TermMatcher(Array.from({ length: 5000 }, (_, i) => ({ slug: `t${i}`, forms: [words[(i * 13) % 5000]!] })));
  single.find(text);
  assert.ok(double.steps <= 2 * single.steps + 1, 'twice the text, at most twice the work');
});
