import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expansionFor, findTerms } from '../../../src/ingest/stages/terms.ts';

const summary = (text: string, skip?: { start: number; end: number }[]) =>
  findTerms(text, skip).map((t) => [t.term, t.kind, t.expansion]);

test('a quoted term, with its span inside the quotes', () => {
  const text = 'This practice, known as “digital slicing”, spreads tasks across borders.';
  const terms = findTerms(text);
  assert.deepEqual(
    terms.map((t) => [t.term, t.kind, t.expansion]),
    [['digital slicing', 'quoted', null]],
  );
  assert.equal(text.slice(terms[0]!.start, terms[0]!.end), 'digital slicing');
});

test('straight and single quotes mark terms too', () => {
  assert.deepEqual(summary('The so-called "friend-shoring" trend.'), [['friend-shoring', 'quoted', null]]);
  assert.deepEqual(summary('The so-called ‘near-shoring’ trend.'), [['near-shoring', 'quoted', null]]);
});

test('abbreviations defined in place get their expansion', () => {
  const text = 'The World Trade Organization (WTO) ruled. Many transnational corporations (TNCs) moved.';
  const terms = findTerms(text);
  assert.deepEqual(
    terms.map((t) => [t.term, t.kind, t.expansion]),
    [
      ['WTO', 'abbreviation', 'World Trade Organization'],
      ['TNCs', 'abbreviation', 'transnational corporations'],
    ],
  );
  for (const t of terms) assert.equal(text.slice(t.start, t.end), t.term);
});

test('the expansion is only as long as the abbreviation needs', () => {
  assert.deepEqual(summary('Trade within the Regional Comprehensive Economic Partnership (RCEP) grew.'), [
    ['RCEP', 'abbreviation', 'Regional Comprehensive Economic Partnership'],
  ]);
  assert.deepEqual(summary('Spending on research and development (R&D) rose.'), [['R&D', 'abbreviation', 'research and development']]);
  assert.equal(expansionFor('WTO', 'In 2001 China joined the World Trade Organization'), 'World Trade Organization');
});

test('an abbreviation without a matching expansion is no term', () => {
  assert.deepEqual(summary('In 2020 (WTO) the dispute settled.'), []);
  assert.equal(expansionFor('WTO', 'the dispute was settled'), null);
});

test('quoted full sentences are quotations, not terms', () => {
  assert.deepEqual(summary('He said “The firms moved abroad.” and left.'), []);
  assert.deepEqual(summary('The minister said "We will not retreat!" loudly.'), []);
  assert.deepEqual(
    summary('“This is a quotation of far more than eight words that no glossary wants” he wrote.'),
    [],
  );
});

test('terms inside skip spans are ignored', () => {
  const text = 'The study “digital slicing” of the World Trade Organization (WTO) agenda.';
  assert.equal(findTerms(text).length, 2);
  const quote = text.indexOf('“');
  assert.deepEqual(summary(text, [{ start: quote, end: quote + 5 }]), [['WTO', 'abbreviation', 'World Trade Organization']]);
  const abbr = text.indexOf('(WTO)');
  assert.deepEqual(summary(text, [{ start: abbr, end: abbr + 5 }]), [['digital slicing', 'quoted', null]]);
});

test('terms come back in text order', () => {
  assert.deepEqual(
    findTerms('Transnational corporations (TNCs) use “digital slicing” and “friend-shoring”.').map((t) => t.term),
    ['TNCs', 'digital slicing', 'friend-shoring'],
  );
});

test('an apostrophe inside a double-quoted term does not end it', () => {
  assert.deepEqual(summary('the so-called “China’s model” of growth'), [['China’s model', 'quoted', null]]);
});
