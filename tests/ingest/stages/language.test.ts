import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage, passageLanguage } from '../../../src/ingest/stages/language.ts';

test('English text', () => {
  assert.equal(detectLanguage('The impact of trade friction on the global value chain is that firms move to the region.'), 'en');
});

test('Chinese text is tagged zh', () => {
  assert.equal(detectLanguage('全球价值链在过去十年中经历了深刻的变化，贸易摩擦和技术进步共同推动了生产网络的重新布局。'), 'zh');
  assert.equal(detectLanguage('全球价值链在过去十年中经历了深刻的变化 (GVC)'), 'zh', 'a few Latin letters do not change the script');
});

test('other Latin-script languages by their function words', () => {
  assert.equal(detectLanguage('Die Auswirkungen der Handelskonflikte auf die globale Wertschöpfungskette sind nicht klein und das ist wichtig.'), 'de');
  assert.equal(detectLanguage('Les effets des tensions commerciales sur les chaînes de valeur mondiales est une question dans la recherche.'), 'fr');
  assert.equal(detectLanguage('El impacto de la fricción comercial en las cadenas de valor globales y los efectos que tiene del comercio.'), 'es');
  assert.equal(detectLanguage('O impacto da fricção comercial nas cadeias de valor não é pequeno e os efeitos que do comércio.'), 'pt');
  assert.equal(detectLanguage('Il impatto della guerra commerciale per le catene di valore globali che non è piccolo.'), 'it');
});

test('text with no words falls back to English', () => {
  assert.equal(detectLanguage(''), 'en');
  assert.equal(detectLanguage('12345 67.8'), 'en');
});

test('a German passage in an English paper is marked de; English, short or mixed passages are not', () => {
  const german = 'Die globale Wertschöpfungskette ist in den letzten Jahren nicht mehr so stabil, und die Unternehmen verlagern die Produktion in die Nähe der Märkte, mit der Folge, dass der Handel sich verändert.';
  assert.equal(passageLanguage(german, 'en'), 'de');
  assert.equal(passageLanguage('The global value chain is no longer as stable, and firms move the production of goods closer to the markets that they serve, so that the pattern of trade changes in the region.', 'en'), undefined);
  assert.equal(passageLanguage('Die Kette ist global.', 'en'), undefined, 'too short to tell');
  assert.equal(passageLanguage(german, 'de'), undefined, 'the paper is German already');
});

test('a Chinese passage in an English paper is marked zh', () => {
  assert.equal(passageLanguage('全球价值链在过去十年中经历了深刻的变化，贸易摩擦和技术进步共同推动了生产网络的重新布局。', 'en'), 'zh');
});

test('a word with letters beyond ASCII counts once: nineteen German words are still too short to tell, twenty are not', () => {
  const nineteen = 'Die Wertschöpfungskette der Unternehmen ist nicht mehr so stabil und die Märkte verändern den Handel für die Größe heute';
  assert.equal(nineteen.split(' ').length, 19);
  assert.equal(passageLanguage(nineteen, 'en'), undefined, 'ö, ä, ü and ß do not split words');
  assert.equal(passageLanguage(`${nineteen} wieder`, 'en'), 'de');
  assert.equal(passageLanguage(`𝐀𝐁𝐂 ${nineteen.replace(' heute', '')}`, 'en'), undefined, 'a run of astral letters is one word');
});
