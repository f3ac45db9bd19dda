import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stopsAfter } from '../../../src/ingest/stages/source-end.ts';
import type { Block } from '../../../src/model/schema.ts';

let id = 0;
const heading = (text: string, depth = 2): Block => ({ id: `b${id++}`, type: 'heading', depth, text, page: null });
const para = (text: string): Block => ({ id: `b${id++}`, type: 'paragraph', text, page: null });

test('a text whose numbered sections stop at the first stops short after it', () => {
  assert.equal(stopsAfter([heading('Background'), para('x'), heading('I. Policy leads', 3), para('y')]), 'I.');
  assert.equal(stopsAfter([heading('1. Introduction'), para('x')]), '1.');
  assert.equal(stopsAfter([heading('一、研究背景'), para('x')]), '一、');
});

test('a series that goes on, a closing unnumbered section or no numbering at all is a whole text', () => {
  assert.equal(stopsAfter([heading('I. Policy'), para('x'), heading('II. Markets'), para('y')]), undefined);
  assert.equal(stopsAfter([heading('1. Introduction'), para('x'), heading('Conclusion'), para('y')]), undefined);
  assert.equal(stopsAfter([heading('Introduction'), para('x'), heading('Method'), para('y')]), undefined);
  assert.equal(stopsAfter([heading('3. Results'), para('x')]), undefined, 'a text that starts in mid-series (later pages) is not judged');
  assert.equal(stopsAfter([para('1. A numbered paragraph is not a section')]), undefined);
});
