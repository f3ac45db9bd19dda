/**
 * Which order a name is printed in, shared by the ingest (reading bylines)
 * and the reader (showing names): romanised Chinese names are printed family
 * name first ("Li Ting", "Zhang Lijuan"), Western names given name first.
 */
import { words } from './lexicon.ts';

// Common Chinese surnames in pinyin: enough to recognise family-first order.
const CHINESE_SURNAMES = new Set(words('familyFirstSurname'));

const PINYIN_SYLLABLE = /^(?:[bcdfghjklmnpqrstwxyz]|ch|sh|zh)?h?[aeiouü]+(?:n|ng|r)?$/;

function isPinyinGiven(given: string): boolean {
  // "Lijuan" = li + juan: split greedily into syllables.
  const s = given.toLowerCase();
  const memo = new Map<number, boolean>();
  const can = (i: number): boolean => {
    if (i === s.length) return true;
    if (memo.has(i)) return memo.get(i)!;
    let ok = false;
    for (let j = Math.min(s.length, i + 6); j > i && !ok; j--) {
      if (PINYIN_SYLLABLE.test(s.slice(i, j))) ok = can(j);
    }
    memo.set(i, ok);
    return ok;
  };
  return s.length > 0 && can(0);
}

/** True for a romanised Chinese name, printed family name first ("Li Ting"). */
export function isFamilyFirst(family: string, given: string): boolean {
  return CHINESE_SURNAMES.has(family.toLowerCase()) && !given.includes(' ') && given.split('-').every(isPinyinGiven);
}

