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

// Ideographs, kana, CJK punctuation and full-width forms; spaces between them stay inside a run.
const CJK_RUN = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+(?:\s+[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+)*/g;
const KANA = /[\u3040-\u30ff]/;
const ANY_CJK = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Whether the line has any CJK text to mark. */
export const hasCjk = (line: string): boolean => ANY_CJK.test(line);

export function scriptRuns(line: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let at = 0;
  for (const m of line.matchAll(CJK_RUN)) {
    if (m.index > at) runs.push({ text: line.slice(at, m.index) });
    runs.push({ text: m[0], lang: KANA.test(m[0]) ? 'ja' : 'zh' });
    at = m.index + m[0].length;
  }
  if (at < line.length || runs.length === 0) runs.push({ text: line.slice(at) });
  return runs;
}
