/**
 * A line split where it changes between CJK text and the rest, so the CJK
 * runs can carry their own `lang` (a screen reader otherwise reads "作者" with
 * the page's English voice). Source views show lines as received, and web
 * pages mix scripts within a line ("作者: Zhang Lijuan").
 */
export interface ScriptRun {
  text: string;
  /** "zh" for Han text, "ja" when it has kana; undefined for the rest. */
  lang?: 'zh' | 'ja';
}

const LETTERS = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;
// CJK punctuation, the katakana middle dot and prolonged sound mark (both also used in Chinese), full-width punctuation.
const MARKS = String.raw`\u3000-\u303f\u30fb\u30fc\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65`;
const PART = `[${LETTERS}${MARKS}]+`;
// A run starts and ends with a letter; spaces and marks between letters stay inside it.
const CJK_RUN = new RegExp(`[${LETTERS}](?:(?:\\s|${PART})*[${LETTERS}])?`, 'gu');
const ANY_CJK = new RegExp(`[${LETTERS}]`, 'u');
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Whether the line has any CJK text to mark. */
export const hasCjk = (line: string): boolean => ANY_CJK.test(line);

/** The line's runs; a run in the page's own language (`pageLang`, e.g. "zh-CN") is left unmarked. */
export function scriptRuns(line: string, pageLang = 'en'): ScriptRun[] {
  const own = pageLang.split('-')[0];
  const runs: ScriptRun[] = [];
  let at = 0;
  for (const m of line.matchAll(CJK_RUN)) {
    const lang = KANA.test(m[0]) ? 'ja' : 'zh';
    // On a Japanese page, kanji alone are most likely Japanese too.
    if (lang === own || (own === 'ja' && lang === 'zh')) continue;
    if (m.index > at) runs.push({ text: line.slice(at, m.index) });
    runs.push({ text: m[0], lang });
    at = m.index + m[0].length;
  }
  if (at < line.length || runs.length === 0) runs.push({ text: line.slice(at) });
  return runs;
}
