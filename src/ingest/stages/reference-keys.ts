/**
 * Reference keys: one key per cited work, whatever form the citation takes.
 * "(Gereffi & Korzeniewicz, 1994)" and "Gereffi and Korzeniewicz in 1994"
 * give the same key; "(Liu et al., 2024)" and "(Liu, Kuang, & Wang, 2024)"
 * too, since "et al." stands for three or more authors.
 */
import { idFrom, shortHash, slugify } from '../../shared/slug.ts';
import { isMinorWord } from '../../shared/text-shape.ts';

export function authorYearKey(authors: readonly string[], etAl: boolean, year: string): string {
  const families = authors.map((a) => slugify(a)).filter(Boolean);
  const who = etAl || families.length >= 3 ? [families[0], 'et-al'] : families;
  // Nothing readable of the authors left ("(※※, 2019)"): the key still names the work, by a hash.
  return families.length === 0 ? idFrom([`w-${shortHash(authors.join('|'))}`, year], year) : idFrom([...who, year], `${authors.join('|')}|${year}`);
}

export function titleKey(title: string, year: string): string {
  const words = title.split(/\s+/).filter((w) => !isMinorWord(w.replace(/[^\p{L}]/gu, '')));
  return idFrom([words.slice(0, 6).join(' '), year], `${title}|${year}`);
}

/** Numbered references are local to the paper that numbers them. */
export function numberedKey(paperId: string, n: number): string {
  return `${paperId}-ref-${n}`;
}
