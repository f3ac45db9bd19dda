import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PERSON_LIST, parseName, parseNameList } from '../../../src/ingest/stages/names.ts';

test('romanised Chinese names are read family name first', () => {
  assert.deepEqual(parseName('Li Ting'), { family: 'Li', given: 'Ting' });
  assert.deepEqual(parseName('Zhang Lijuan'), { family: 'Zhang', given: 'Lijuan' });
  assert.deepEqual(parseName('Wang Xiaoming'), { family: 'Wang', given: 'Xiaoming' });
});

test('Western names are read given name first', () => {
  assert.deepEqual(parseName('Peter Okafor'), { family: 'Okafor', given: 'Peter' });
  assert.deepEqual(parseName('Maria Gonzalez'), { family: 'Gonzalez', given: 'Maria' });
  assert.deepEqual(parseName('Peter Li'), { family: 'Li', given: 'Peter' }, 'a Chinese surname printed last');
});

test('several given names and single names', () => {
  assert.deepEqual(parseName('Mary Ann Evans'), { family: 'Evans', given: 'Mary Ann' });
  assert.deepEqual(parseName('Madonna'), { family: 'Madonna' });
  assert.deepEqual(parseName('  Li   Ting '), { family: 'Li', given: 'Ting' });
});

test('hyphenated romanised given names are family name first', () => {
  assert.deepEqual(parseName('Wang Xiao-ming'), { family: 'Wang', given: 'Xiao-ming' });
});

test('lists joined by "and"', () => {
  assert.deepEqual(parseNameList('Maria Gonzalez and Peter Okafor'), [
    { family: 'Gonzalez', given: 'Maria' },
    { family: 'Okafor', given: 'Peter' },
  ]);
});

test('lists joined by "&" and commas, with or without a serial comma', () => {
  const expected = [
    { family: 'Li', given: 'Ting' },
    { family: 'Zhang', given: 'Lijuan' },
    { family: 'Okafor', given: 'Peter' },
  ];
  assert.deepEqual(parseNameList('Li Ting, Zhang Lijuan & Peter Okafor'), expected);
  assert.deepEqual(parseNameList('Li Ting, Zhang Lijuan, and Peter Okafor'), expected);
  assert.deepEqual(parseNameList('Li Ting, Zhang Lijuan, & Peter Okafor'), expected);
});

test('"et al." is dropped from a list', () => {
  assert.deepEqual(parseNameList('Chen Wei et al.'), [{ family: 'Chen', given: 'Wei' }]);
  assert.deepEqual(parseNameList('Li Ting, Peter Okafor et al'), [
    { family: 'Li', given: 'Ting' },
    { family: 'Okafor', given: 'Peter' },
  ]);
});

test('PERSON_LIST accepts printed author lists', () => {
  for (const text of ['Li Ting', 'Maria Gonzalez and Peter Okafor', 'Li Ting, Zhang Lijuan & Peter Okafor', 'Chen Wei et al.']) {
    assert.ok(PERSON_LIST.test(text), text);
  }
});

test('PERSON_LIST rejects what is not a list of names', () => {
  for (const text of ['Note', 'the firms', 'Table 1', 'Li Ting wrote this']) {
    assert.equal(PERSON_LIST.test(text), false, text);
  }
});
