/**
 * Personal names as printed -> CSL family/given. Romanised Chinese names are
 * printed family name first ("Li Ting", "Zhang Lijuan"); Western names given
 * name first ("Peter Okafor"). A sidecar YAML corrects any guess.
 */
import type { CslName } from '../model/schema.ts';

// Common Chinese surnames in pinyin: enough to recognise family-first order.
const CHINESE_SURNAMES = new Set(
  (
    'li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang ' +
    'han feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye cheng wei su lu ding ren shen yao ' +
    'jin fu zhong lei kong bai mao qiu qin gu hou shao meng long wan duan qian tang yin fan yi chang kuang ' +
    'xiong hao xue yan gong qi'
  ).split(' '),
);

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

export function parseName(printed: string): CslName {
  const parts = printed.trim().replace(/\s+/g, ' ').split(' ');
  if (parts.length === 1) return { family: parts[0]! };
  const [first, ...rest] = parts;
  if (parts.length === 2 && isFamilyFirst(first!, rest[0]!)) {
    return { family: first!, given: rest[0]! };
  }
  const family = parts.pop()!;
  return { family, given: parts.join(' ') };
}

/** "Maria Gonzalez and Peter Okafor", "A, B & C" -> names; "et al." is dropped. */
export function parseNameList(printed: string): CslName[] {
  return printed
    .replace(/\bet al\.?/g, '')
    .split(/\s*(?:,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*)\s*/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map(parseName);
}

const NAME_TOKEN = String.raw`\p{Lu}[\p{L}'’.-]*`;
const PERSON = String.raw`${NAME_TOKEN}(?:\s+${NAME_TOKEN}){1,3}`;
/** One or more personal names joined by ",", "and", "&", optionally "et al.". */
export const PERSON_LIST = new RegExp(
  String.raw`^${PERSON}(?:(?:\s*,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*)${PERSON})*(?:\s+et al\.?)?$`,
  'u',
);
