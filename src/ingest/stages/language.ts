/**
 * The language of a paper's text as a BCP 47 tag, from its script and its
 * most frequent function words. Enough to set `lang` correctly for readers
 * and screen readers; a sidecar overrides it.
 */
import { dominantScript, letterLengthAt } from '../../shared/text-shape.ts';

const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans'],
  es: ['el', 'la', 'los', 'y', 'que', 'del', 'las', 'una'],
  pt: ['o', 'a', 'os', 'que', 'do', 'da', 'não', 'uma'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'non', 'una'],
};

/** Each function word and the languages it belongs to ("la" is French, Spanish and Italian). */
const LANGUAGES_OF = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) for (const w of words) LANGUAGES_OF.set(w, [...(LANGUAGES_OF.get(w) ?? []), lang]);

/** The longest function word: longer words need no lookup. */
const LONGEST = Math.max(...[...LANGUAGES_OF.keys()].map((w) => w.length));

/**
 * Function-word hits per language, and the number of words (runs of \p{L}):
 * one pass over the text by character codes. A regex pass allocates a match
 * per word, and this runs over every paragraph of every paper.
 */
function scores(text: string): { byLang: Map<string, number>; words: number } {
  const byLang = new Map(Object.keys(FUNCTION_WORDS).map((lang) => [lang, 0]));
  let words = 0;
  let start = -1;
  for (let i = 0; i <= text.length; ) {
    const width = i < text.length ? letterLengthAt(text, i) : 0;
    if (width > 0) {
      if (start < 0) start = i;
      i += width;
      continue;
    }
    if (start >= 0) {
      words++;
      if (i - start <= LONGEST) {
        const langs = LANGUAGES_OF.get(text.slice(start, i).toLowerCase());
        if (langs) for (const lang of langs) byLang.set(lang, byLang.get(lang)! + 1);
      }
      start = -1;
    }
    i++;
  }
  return { byLang, words };
}

function best(byLang: Map<string, number>): [string, number] {
  let top: [string, number] = ['en', -1];
  for (const entry of byLang) if (entry[1] > top[1]) top = entry;
  return top;
}

export function detectLanguage(fullText: string): string {
  // A few thousand words tell the language as well as the whole paper does.
  const text = fullText.slice(0, 6000);
  if (dominantScript(text) === 'han') return 'zh';
  return best(scores(text).byLang)[0];
}

/**
 * The language of one passage when it is plainly not the paper's (a quoted
 * abstract in German in an English paper), so the reader can mark it with
 * `lang` for screen readers and hyphenation; undefined otherwise. Short
 * passages and close calls keep the paper's language: a wrong `lang` is
 * worse than none.
 */
export function passageLanguage(text: string, paperLanguage: string): string | undefined {
  const script = dominantScript(text);
  if (script === 'han') return paperLanguage === 'zh' ? undefined : 'zh';
  const { byLang, words } = scores(text);
  if (words < 20) return undefined;
  const [lang, score] = best(byLang);
  if (lang === paperLanguage || score < 4) return undefined;
  return score >= 2 * (byLang.get(paperLanguage) ?? 0) ? lang : undefined;
}
