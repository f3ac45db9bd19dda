import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ID_PATTERN, idFrom, shortSlug, slugify } from '../../src/shared/slug.ts';

test('slugify: lower-case ASCII with hyphens', () => {
  assert.equal(slugify('Korzeniewicz'), 'korzeniewicz');
  assert.equal(slugify('Doesn’t Work'), 'doesnt-work');
  assert.equal(slugify("Don't Stop"), 'dont-stop');
  assert.equal(slugify('Gómez Ruiz'), 'gomez-ruiz');
  assert.equal(slugify('  Trade, Tariffs & Tech!  '), 'trade-tariffs-tech');
  assert.equal(slugify('Vol. 83 (2026)'), 'vol-83-2026');
});

test('slugify transliterates every script, so ids stay readable', () => {
  assert.equal(slugify('Экономическая безопасность'), 'ekonomicheskaya-bezopasnost');
  assert.equal(slugify('Іванов'), 'ivanov');
  assert.equal(slugify('全球產業鏈'), 'quan-qiu-chan-ye-lian');
  assert.equal(slugify('日本の経済'), 'ri-ben-no-jing-ji');
  assert.equal(slugify('Ελληνικά'), 'ellinika');
  assert.equal(slugify('Türkiye’de Bölgesel'), 'turkiyede-bolgesel');
  assert.equal(slugify('ﬁnance'), 'finance');
  // Bidi controls and zero-width characters leave nothing behind.
  assert.equal(slugify('\u202eevil\u202c \u200btitle'), 'evil-title');
});

test('shortSlug cuts at a word boundary', () => {
  assert.equal(shortSlug('global value chains and trade', 12), 'global-value');
  assert.equal(shortSlug('supercalifragilistic', 5), 'super');
});

test('idFrom gives a valid id for any text: readable where it can be, else a stable hash', () => {
  assert.equal(idFrom(['li', '2026', 'The Impact of AI'], 'x'), 'li-2026-the-impact-of-ai');
  assert.equal(idFrom(['Иванов', undefined, ''], 'x'), 'ivanov');
  for (const text of ['', '※※※', '\u202e\u202c', '---', '\u0301\u0301']) {
    const id = idFrom([text], text);
    assert.match(id, ID_PATTERN, JSON.stringify(text));
    assert.equal(idFrom([text], text), id, 'stable');
  }
  assert.notEqual(idFrom(['※'], 'page-a.txt'), idFrom(['※'], 'page-b.txt'));
  assert.ok(idFrom(['word '.repeat(200)], 'x').length <= 80);
});
