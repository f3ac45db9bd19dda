import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteDefines } from '../../src/lib/definition-kind.ts';
import type { Concept } from '../../src/model/schema.ts';

const entry = (term: string, quote: string, extra: Partial<Concept> = {}): Concept => ({
  term,
  aliases: [],
  related: [],
  definition: 'A definition written for the collection.',
  defined_in: { paper: 'p', block: 'b1', page: 1, quote },
  ...extra,
});

test('a quote that says what the term is defines it; one that shows it at work only uses it', () => {
  assert.equal(quoteDefines(entry('Reshoring', 'On one hand, manufacturing processes are “reshoring” to developed nations, exhibiting characteristics of deglobalization.')), false);
  assert.equal(quoteDefines(entry('Global value chain', 'It refers to a cross-border production and trade system in which different countries take part in different stages.')), true);
  assert.equal(quoteDefines(entry('Digital slicing', 'Design and marketing move to the cloud, forming the so-called “digital slicing” trend.')), true);
  assert.equal(quoteDefines(entry('Transnational corporation', 'and transnational corporations (TNCs) laid out their chains', { aliases: ['TNCs'] })), true);
  assert.equal(quoteDefines(entry('Greenium', 'The greenium shrank in 2022.', { found: true })), true, 'a found entry was found because it defines');
  assert.equal(quoteDefines({ term: 'x', aliases: [], related: [], definition: 'Written, and quoting nothing.' }), false);
});
