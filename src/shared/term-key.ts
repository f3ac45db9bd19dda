/**
 * How the glossary tells forms of one term apart or together, for the ingest
 * that finds terms (ingest/stages/termhood.ts) and the reader that matches
 * found entries to curated ones (build/glossary-merge.ts): "Rio-Marker",
 * "Rio markers" and "riomarker" have one key; "NDCs" and "NDC" too.
 */
export const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-‐'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

/**
 * `fn`, remembered: the collection's glossary stems every word of every candidate phrase, and asks
 * for the key of the same phrases, again and again (0.4 s of a 100-paper ingest went to stemming,
 * splitting and keying forms). Same answers (tests/shared/term-key.test.ts); the memory is dropped
 * past 200,000 entries, so a huge collection's vocabulary cannot fill it.
 */
function remembered(fn: (s: string) => string): (s: string) => string {
  const memory = new Map<string, string>();
  return (s) => {
    let v = memory.get(s);
    if (v === undefined) {
      if (memory.size >= 200_000) memory.clear();
      v = fn(s);
      memory.set(s, v);
    }
    return v;
  };
}

/** `stemWord`, remembered. */
export const stem = remembered(stemWord);

/** Light, language-blind inflection stemmer: enough to make plural and singular, and adjective endings, agree. */
export function stemWord(word: string): string {
  // a short form: "NDCs" and "NDC" agree
  if (/^[\p{Lu}\d&]{2,}s?$/u.test(word)) return word.replace(/(?<=\p{Lu})s$/u, '').toLowerCase();
  let w = word.toLowerCase();
  if (w.length <= 3 || /\d/u.test(w)) return w;
  // plural first, then an inflectional ending, so that both forms of a word reach the same stem ("chains", "chain" -> "chai")
  if (/ies$/u.test(w) && w.length > 5) w = `${w.slice(0, -3)}y`;
  else if (/es$/u.test(w) && w.length - 2 >= 4) w = w.slice(0, -2);
  else if (/[sx]$/u.test(w) && !/(?:ss|us|is)$/u.test(w) && w.length - 1 >= 4) w = w.slice(0, -1);
  if (/en$/u.test(w) && w.length - 2 >= 4) w = w.slice(0, -2);
  else if (/[en]$/u.test(w) && w.length - 1 >= 4) w = w.slice(0, -1);
  return w;
}

/** Parts of a form as matched in running text: words split at hyphens, lower case, stemmed. */
export function parts(form: string): string[] {
  return (form.match(WORD) ?? []).flatMap((w) => w.split(/[-‐]/u)).filter(Boolean).map(stem);
}

/** `formKey`, remembered. */
export const termKey = remembered(formKey);

/** Grouping key: the stemmed parts run together, so "Rio-Marker", "Rio markers" and "riomarker" agree. */
export function formKey(form: string): string {
  const f = form.trim();
  if (isShort(f)) return `#${shortKey(f)}`;
  return parts(f).join('');
}

/** "CBAM", "SLBs", "SaaS": capitals make at least half its letters ("Rio-Marker" is no short form). */
export const isShort = (s: string) => {
  if (!/^[\p{Lu}][\p{L}\p{N}&-]{1,9}$/u.test(s)) return false;
  const upper = (s.match(/\p{Lu}/gu) ?? []).length;
  return upper >= 2 && upper * 2 >= (s.match(/\p{L}/gu) ?? []).length;
};
export const shortKey = (s: string) => s.replace(/(?<=\p{Lu})s$/u, '').toLowerCase();
