/**
 * Which cited works get a page of their own, and where the others are read.
 *
 * A work that one paper alone cites or lists is read where that paper lists
 * it: the entry at the end of the paper (formatted, with its DOI and
 * searches) or the printed entry in its text. A page of its own would repeat
 * that entry with one "cited by" line, and such pages were 6 of every 7
 * files of the site and a third of its bytes (bench, N = 300). A work gets a
 * page when the collection has more to say than one entry: two or more of
 * its papers cite or list it, or the glossary cites it, or no paper lists it
 * at all (a work only the curated bibliography knows).
 */
export interface WorkHomes {
  /** The works with a page of their own, /references/<key>/. */
  pages: ReadonlySet<string>;
  /** The others: the one paper whose reference list holds each, by key. */
  entryIn: ReadonlyMap<string, string>;
}

export function workHomes(
  keys: Iterable<string>,
  /** The papers that cite or list each work, by key (a paper may appear more than once). */
  papersOf: ReadonlyMap<string, readonly string[]>,
  glossaryCited: ReadonlySet<string>,
): WorkHomes {
  const pages = new Set<string>();
  const entryIn = new Map<string, string>();
  for (const key of keys) {
    const papers = new Set(papersOf.get(key) ?? []);
    if (papers.size === 1 && !glossaryCited.has(key)) entryIn.set(key, [...papers][0]!);
    else pages.add(key);
  }
  return { pages, entryIn };
}
