/**
 * Reference keys: one key per cited work, whatever form the citation takes.
 * "(Gereffi & Korzeniewicz, 1994)" and "Gereffi and Korzeniewicz in 1994"
 * give the same key; "(Liu et al., 2024)" and "(Liu, Kuang, & Wang, 2024)"
 * too, since "et al." stands for three or more authors.
 */
import { isMinorWord, slugify } from './text-shape.ts';

export function authorYearKey(authors: readonly string[], etAl: boolean, year: string): string {
  const families = authors.map((a) => slugify(a));
  const who = etAl || families.length >= 3 ? `${families[0]}-et-al` : families.join('-');
  return `${who}-${year.toLowerCase()}`;
}

export function titleKey(title: string, year: string): string {
  const words = title.split(/\s+/).filter((w) => !isMinorWord(w.replace(/[^\p{L}]/gu, '')));
  return `${slugify(words.slice(0, 6).join(' '))}-${year}`;
}

/** Numbered references are local to the paper that numbers them. */
export function numberedKey(paperId: string, n: number): string {
  return `${paperId}-ref-${n}`;
}
