import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namesIn, sentenceCase } from '../../../src/ingest/stages/sentence-case.ts';

const text = 'the impact of a study of rules: artificial intelligence and robotics change international trade; the global value chain of China and Azerbaijan moves, and firms add value-added services.';

test('headline case becomes sentence case, proper nouns and acronyms kept as the paper writes them', () => {
  const lower = namesIn(text);
  assert.equal(sentenceCase('The Impact of Artificial Intelligence and Robotics on International Trade', lower), 'The impact of artificial intelligence and robotics on international trade');
  assert.equal(sentenceCase('Reshaping the Global Value Chain: A Study of China and Azerbaijan', lower), 'Reshaping the global value chain: A study of China and Azerbaijan');
  assert.equal(sentenceCase('AI, WTO Rules and Value-Added Services', lower), 'AI, WTO rules and value-added services');
});

test('a word the paper never writes is lowered; a name it writes capitalised keeps its capital', () => {
  assert.equal(sentenceCase('Semiconductors and Trade in Penang', namesIn(`${text} Factories in Penang grew.`)), 'Semiconductors and trade in Penang');
});
