import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasCjk, scriptRuns } from '../../src/lib/script-runs.ts';

test('a line mixing Chinese and English is split where the script changes', () => {
  assert.deepEqual(scriptRuns('作者: Zhang Lijuan'), [{ text: '作者', lang: 'zh' }, { text: ': Zhang Lijuan' }]);
  assert.deepEqual(scriptRuns('经典小说推荐'), [{ text: '经典小说推荐', lang: 'zh' }]);
  assert.deepEqual(scriptRuns('See 杂志订阅 and 经典 小说 here'), [
    { text: 'See ' },
    { text: '杂志订阅', lang: 'zh' },
    { text: ' and ' },
    { text: '经典 小说', lang: 'zh' },
    { text: ' here' },
  ]);
});

test('kana make a run Japanese; a line without CJK is one run; an empty line stays one', () => {
  assert.deepEqual(scriptRuns('東京のニュース'), [{ text: '東京のニュース', lang: 'ja' }]);
  assert.deepEqual(scriptRuns('Page 52 - Azerbaijan State University of Economics'), [{ text: 'Page 52 - Azerbaijan State University of Economics' }]);
  assert.deepEqual(scriptRuns(''), [{ text: '' }]);
});

test('hasCjk tells the lines that need marking', () => {
  assert.equal(hasCjk('作者: Zhang Lijuan'), true);
  assert.equal(hasCjk('Page 52 - Azerbaijan State University of Economics'), false);
  assert.equal(hasCjk('“Quoted” – dashes… and ß'), false);
});

test('Chinese with the katakana middle dot stays Chinese; full-width Latin is not CJK; characters beyond the BMP are', () => {
  assert.deepEqual(scriptRuns('中国・美国'), [{ text: '中国・美国', lang: 'zh' }]);
  assert.deepEqual(scriptRuns('ＰＤＦ file'), [{ text: 'ＰＤＦ file' }]);
  assert.deepEqual(scriptRuns('𠀀𠀁 rare'), [{ text: '𠀀𠀁', lang: 'zh' }, { text: ' rare' }]);
  // Punctuation closing a Chinese phrase is the text's, not a run of its own.
  assert.deepEqual(scriptRuns('“，” alone'), [{ text: '“，” alone' }]);
});

test('on a page in that language a run is left unmarked', () => {
  assert.deepEqual(scriptRuns('作者: Zhang Lijuan', 'zh-CN'), [{ text: '作者: Zhang Lijuan' }]);
  // On a Japanese page, kanji alone are taken as Japanese.
  assert.deepEqual(scriptRuns('東京のニュース and 中国', 'ja'), [{ text: '東京のニュース and 中国' }]);
});
