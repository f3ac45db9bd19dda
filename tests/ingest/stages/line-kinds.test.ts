import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type LineContext, headingLine, listMarker } from '../../../src/ingest/stages/line-kinds.ts';
import { printedWidth } from '../../../src/shared/text-shape.ts';

const measure = printedWidth('The political economy of relocation differs from its pure cost logic. Firms that moved final');
const ctx = (over: Partial<LineContext> = {}): LineContext => ({
  prev: 'What is new is the explicit use of public money to steer these decisions.',
  blankBefore: false,
  next: 'Public support for relocation has been substantial. Between 2021 and 2023 the three',
  blankAfter: false,
  measure,
  ...over,
});

test('numbered headings: decimal numbers give their level', () => {
  assert.deepEqual(headingLine('4.2 Subsidies and Investment Screening', ctx()), { style: 'decimal', level: 2 });
  assert.deepEqual(headingLine('4. Subsidies and Investment Screening', ctx()), { style: 'decimal', level: 1 });
  assert.deepEqual(headingLine('4.2.1 Screening of Acquisitions', ctx()), { style: 'decimal', level: 3 });
});

test('numbered headings: roman and letter styles', () => {
  assert.deepEqual(headingLine('II. Literature Review', ctx()), { style: 'roman' });
  assert.deepEqual(headingLine('B. Data Sources', ctx()), { style: 'letter' });
});

test('an unnumbered title-case line between sentences is a plain heading', () => {
  assert.deepEqual(headingLine('Why Cumulation Matters', ctx()), { style: 'plain' });
  assert.deepEqual(headingLine('Review of the Basic Concepts of the Global Value Chain', ctx()), { style: 'plain' });
});

test('no heading in the middle of a sentence', () => {
  assert.equal(headingLine('Why Cumulation Matters', ctx({ prev: 'the firms that moved' })), undefined);
  assert.equal(headingLine('4.2 Subsidies and Investment Screening', ctx({ prev: 'as shown in section' })), undefined);
});

test('a title-case line followed by a lower-case continuation is wrapped prose, not a heading', () => {
  assert.equal(headingLine('Why Cumulation Matters', ctx({ next: 'and why the rules of origin changed' })), undefined);
});

test('sentences and numbered sentences are not headings', () => {
  assert.equal(headingLine('The Firms Moved. The States Followed', ctx()), undefined);
  assert.equal(headingLine('4.2 the firms moved abroad', ctx()), undefined);
  assert.equal(headingLine('2018 was a year in which tariffs rose sharply across the board', ctx()), undefined);
  assert.equal(headingLine('Trade, Tariffs and Investment Screening,', ctx()), undefined);
});

test('list markers after a sentence end, a colon or a blank line', () => {
  const item = '1. Firms must now document the origin of every input worth more than 10 percent.';
  assert.equal(listMarker(item, ctx()), '1.');
  assert.equal(listMarker(item, ctx({ prev: 'suggests three recurring problems:' })), '1.');
  assert.equal(listMarker(item, ctx({ prev: 'the firms', blankBefore: true })), '1.');
  assert.equal(listMarker(item, ctx({ prev: undefined })), '1.');
});

test('a number that continues a sentence is no list marker', () => {
  assert.equal(listMarker('1. Firms must now document', ctx({ prev: 'as listed in point' })), undefined);
});

test('the list marker as printed', () => {
  assert.equal(listMarker('(2) Certificates are not always accepted.', ctx()), '(2)');
  assert.equal(listMarker('3) Disputes are referred to a committee.', ctx()), '3)');
  assert.equal(listMarker('a) first item', ctx()), 'a)');
  assert.equal(listMarker('• bullet item', ctx()), '•');
  assert.equal(listMarker('- dash item', ctx()), '-');
  assert.equal(listMarker('2018 was a year of tariffs.', ctx()), undefined);
  assert.equal(listMarker('Firms moved.', ctx()), undefined);
});
