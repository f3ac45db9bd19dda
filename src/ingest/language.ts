/**
 * The language of a paper's text as a BCP 47 tag, from its script and its
 * most frequent function words. Enough to set `lang` correctly for readers
 * and screen readers; a sidecar overrides it.
 */
import { dominantScript } from './text-shape.ts';

const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans'],
  es: ['el', 'la', 'los', 'y', 'que', 'del', 'las', 'una'],
  pt: ['o', 'a', 'os', 'que', 'do', 'da', 'não', 'uma'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'non', 'una'],
};

export function detectLanguage(fullText: string): string {
  // A few thousand words tell the language as well as the whole paper does.
  const text = fullText.slice(0, 6000);
  if (dominantScript(text) === 'han') return 'zh';
  const counts = new Map<string, number>();
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best = 'en';
  let bestScore = -1;
  for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
    const score = words.reduce((n, w) => n + (counts.get(w) ?? 0), 0);
    if (score > bestScore) [best, bestScore] = [lang, score];
  }
  return best;
}
