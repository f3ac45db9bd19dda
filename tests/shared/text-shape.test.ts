import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  endsSentence,
  isShouted,
  isTitleCase,
  printedWidth,
  titleCaseRatio,
  titleCaseShouted,
  isLetterUnit,
  letterLengthAt,
  wordCount,
} from '../../src/shared/text-shape.ts';

test('printedWidth: wide capitals print wider than narrow letters of the same count', () => {
  assert.ok(printedWidth('MWWM') > printedWidth('illicit'), 'four wide capitals outrun seven narrow letters');
  assert.ok(printedWidth('mmmm') > printedWidth('iiii'));
  assert.ok(printedWidth('W') > printedWidth('i'));
});

test('printedWidth grows with the text and is zero for nothing', () => {
  assert.equal(printedWidth(''), 0);
  assert.ok(printedWidth('global value chain') > printedWidth('global value'));
  assert.ok(printedWidth('a b') > printedWidth('ab'), 'a space has width');
});

test('printedWidth: a CJK ideograph is as wide as an em, wider than a Latin letter', () => {
  assert.ok(printedWidth('价') > printedWidth('a'));
  assert.ok(printedWidth('价值链') >= printedWidth('MMM'));
});

test('titleCaseRatio ignores minor words', () => {
  assert.deepEqual(titleCaseRatio('The Impact of Trade on the Economy'), { ratio: 1, content: 3 });
  assert.deepEqual(titleCaseRatio('Trade and the economy'), { ratio: 0.5, content: 2 });
  assert.deepEqual(titleCaseRatio('of the and'), { ratio: 0, content: 0 });
});

test('isTitleCase: a title reads as title case, a sentence does not', () => {
  assert.equal(isTitleCase('Review of the Basic Concepts of the Global Value Chain'), true);
  assert.equal(isTitleCase('Firms moved final assembly out of China after 2018'), false);
  assert.equal(isTitleCase('of the'), false, 'needs at least one content word');
});

test('isTitleCase honours its threshold', () => {
  const text = 'Global Value Chains and Trade policy'; // 4 of 5 content words capitalised
  assert.equal(isTitleCase(text, 0.8), true);
  assert.equal(isTitleCase(text, 0.85), false);
});

test('endsSentence: sentence-final punctuation, also inside quotes and brackets', () => {
  assert.equal(endsSentence('The firms left.'), true);
  assert.equal(endsSentence('Did they leave?'), true);
  assert.equal(endsSentence('He called it “friend-shoring.”'), true);
  assert.equal(endsSentence('as shown before (Baldwin, 2016).'), true);
  assert.equal(endsSentence('and the firms'), false);
  assert.equal(endsSentence('the firms, the states,'), false);
});

test('endsSentence: abbreviations such as "et al." do not end a sentence', () => {
  assert.equal(endsSentence('as argued by Fajgelbaum et al.'), false);
  assert.equal(endsSentence('several measures, e.g.'), false);
  assert.equal(endsSentence('see Fig.'), false);
  assert.equal(endsSentence('quoted on p.'), false);
});

test('titleCaseShouted: the journal line in normal title case', () => {
  assert.equal(
    titleCaseShouted('THE JOURNAL OF ECONOMIC SCIENCES: THEORY AND PRACTICE'),
    'The Journal of Economic Sciences: Theory and Practice',
  );
});

test('titleCaseShouted capitalises a minor word after a colon', () => {
  assert.equal(titleCaseShouted('TRADE POLICY: THE NEXT DECADE'), 'Trade Policy: The Next Decade');
});

test('isShouted tells all-capitals lines from normal ones', () => {
  assert.equal(isShouted('THE JOURNAL OF ECONOMIC SCIENCES'), true);
  assert.equal(isShouted('The Journal of Economic Sciences'), false);
  assert.equal(isShouted('USA'), false, 'too few letters to tell');
});

test('words are counted between any white space, Unicode spaces included', () => {
  assert.equal(wordCount(''), 0);
  assert.equal(wordCount('  \t '), 0);
  assert.equal(wordCount('one'), 1);
  assert.equal(wordCount(' two\twords\n'), 2);
  assert.equal(wordCount('a\u00a0b\u2003c\u3000d e—f “g”'), 6);
});

test('letters are told by Unicode, one code unit or a pair beyond the BMP', () => {
  for (const ch of ['a', 'Z', 'é', 'ß', 'Ж', '汉']) assert.ok(isLetterUnit(ch.charCodeAt(0)), ch);
  for (const ch of ['1', '-', ' ', '’', '\u0301', '\ud835']) assert.equal(isLetterUnit(ch.charCodeAt(0)), false, JSON.stringify(ch));
  assert.equal(letterLengthAt('𝐀b', 0), 2, 'a mathematical bold A is one letter of two units');
  assert.equal(letterLengthAt('𝐀b', 2), 1);
  assert.equal(letterLengthAt('😀', 0), 0, 'an emoji is no letter');
});
