import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildVocabulary, joinWrapped } from '../../../src/ingest/stages/dehyphenate.ts';
import { seededRandom } from '../../../src/shared/seeded-random.ts';

const none = buildVocabulary([]);

test('"re-" + "ferences" is joined into the word the paper uses', () => {
  const vocab = buildVocabulary(['The references are listed at the end.']);
  assert.equal(joinWrapped('see the re-', 'ferences below', vocab), 'see the references below');
});

test('the vocabulary decides between a compound and a word: "long-" + "term"', () => {
  const vocab = buildVocabulary(['a long-term view of trade']);
  assert.equal(joinWrapped('over the long-', 'term horizon', vocab), 'over the long-term horizon');
});

test('a hyphenated form in the paper keeps the hyphen where the default would drop it', () => {
  assert.equal(joinWrapped('international co-', 'operation', none), 'international cooperation');
  const vocab = buildVocabulary(['closer co-operation between partners']);
  assert.equal(joinWrapped('international co-', 'operation', vocab), 'international co-operation');
});

test('a solid form in the paper drops the hyphen where the default would keep it', () => {
  assert.equal(joinWrapped('the data-', 'set we use', none), 'the data-set we use');
  const vocab = buildVocabulary(['the dataset covers 40 economies']);
  assert.equal(joinWrapped('the data-', 'set we use', vocab), 'the dataset we use');
});

test('"high-" + "value-added" keeps the hyphen', () => {
  assert.equal(joinWrapped('exports of high-', 'value-added goods', none), 'exports of high-value-added goods');
});

test('a suspended hyphen keeps its space: "technology- and knowledge-intensive"', () => {
  assert.equal(
    joinWrapped('technology-', 'and knowledge-intensive sectors', none),
    'technology- and knowledge-intensive sectors',
  );
  assert.equal(joinWrapped('pre-', 'or post-war levels', none), 'pre- or post-war levels');
});

test('an unknown break in an ordinary word is joined without the hyphen', () => {
  assert.equal(joinWrapped('trans-', 'national firms', none), 'transnational firms');
});

test('an em dash, en dash or slash at line end joins without a space', () => {
  assert.equal(joinWrapped('the change—', 'sudden as it was', none), 'the change—sudden as it was');
  assert.equal(joinWrapped('pages 40–', '57', none), 'pages 40–57');
  assert.equal(joinWrapped('import/', 'export flows', none), 'import/export flows');
});

test('a soft hyphen at line end disappears', () => {
  assert.equal(joinWrapped('inter\u00ad', 'national', none), 'international');
});

test('ordinary lines are joined with a space', () => {
  assert.equal(joinWrapped('the firms', 'moved abroad', none), 'the firms moved abroad');
});

test('a hyphen before a capitalised word is kept without a space', () => {
  assert.equal(joinWrapped('the US-', 'China trade war', none), 'the US-China trade war');
});

test('buildVocabulary: words, compounds and their adjacent pairs, lower-cased; not broken fragments', () => {
  const vocab = buildVocabulary(['State-of-the-Art methods', 'broken frag-']);
  for (const w of ['state-of-the-art', 'state-of', 'of-the', 'the-art', 'methods', 'broken']) assert.ok(vocab.has(w), w);
  assert.equal(vocab.has('frag'), false);
  assert.equal(vocab.has('frag-'), false);
  assert.equal(vocab.has('State-of-the-Art'), false);
});

/** A vocabulary that has already answered enough questions to have indexed its words. */
function indexed(lines: string[]): ReturnType<typeof buildVocabulary> {
  const vocab = buildVocabulary(lines);
  for (let i = 0; i < 40; i++) vocab.has(`warmup${'x'.repeat(i)}`);
  return vocab;
}

test('buildVocabulary: after many questions (an index) it answers as it did by scanning', () => {
  const lines = ['State-of-the-Art methods', 'broken frag-', 'a long-term view, covid-19 and re-', 'co--operation -lead trail- x-ray', 'Wertschöpfungs-kette über-all'];
  const words = ['state-of-the-art', 'state-of', 'of-the', 'the-art', 'methods', 'broken', 'frag', 'long-term', 'long', 'term', 'covid', 're', 'co', 'operation', 'lead', 'trail', 'x-ray', 'ray', 'x', 'wertschöpfungs-kette', 'kette', 'über-all', 'über', 'state-of-the', 'of-the-art', 'co--operation'];
  for (const w of words) assert.equal(indexed(lines).has(w), buildVocabulary(lines).has(w), w);
});

test('buildVocabulary: index and scan agree on random hyphenated text', () => {
  const next = seededRandom(7);
  const pieces = ['a', 'b', 'ab', 'ä', '-', '-', ' ', '\n', '1', '.', 'x-'];
  for (let round = 0; round < 300; round++) {
    const line = Array.from({ length: 30 }, () => pieces[Math.floor(next() * pieces.length)]).join('');
    const lines = line.split('\n');
    const questions = new Set<string>();
    for (let q = 0; q < 30; q++) {
      const parts = Array.from({ length: 1 + Math.floor(next() * 3) }, () => ['a', 'b', 'ab', 'ä', 'ba'][Math.floor(next() * 5)]);
      questions.add(parts.join('-'));
      questions.add(parts.join(''));
    }
    const fast = indexed(lines);
    for (const q of questions) assert.equal(fast.has(q), buildVocabulary(lines).has(q), `${JSON.stringify(line)}: ${q}`);
  }
});
