import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildVocabulary, joinWrapped } from '../../src/ingest/dehyphenate.ts';

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
