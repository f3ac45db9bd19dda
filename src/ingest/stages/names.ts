/**
 * Personal names as printed -> CSL family/given. Romanised Chinese names are
 * printed family name first ("Li Ting", "Zhang Lijuan"); Western names given
 * name first ("Peter Okafor"). A sidecar YAML corrects any guess.
 */
import type { CslName } from '../../model/schema.ts';
import { isFamilyFirst } from '../../shared/names.ts';


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
