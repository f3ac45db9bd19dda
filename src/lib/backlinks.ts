/**
 * "Cited by": for every reference key, the places in the collection that cite
 * it. Derived once per build from the citations the ingest recorded, in one
 * pass over all papers, and shared by every page that needs it.
 */
import type { PaperFrontmatter, StoredCitation } from '../model/schema.ts';
import { displayTitle } from './bibliographic.ts';

export interface CitingPlace {
  paperId: string;
  paperTitle: string;
  citation: StoredCitation;
}

export function citedBy(papers: readonly { id: string; data: PaperFrontmatter }[]): Map<string, CitingPlace[]> {
  const index = new Map<string, CitingPlace[]>();
  for (const paper of papers) {
    for (const citation of paper.data.citations) {
      const place = { paperId: paper.id, paperTitle: displayTitle(paper.data), citation };
      const list = index.get(citation.ref);
      if (list) list.push(place);
      else index.set(citation.ref, [place]);
    }
  }
  return index;
}

/**
 * The passages among the places: a sentence that cites a work twice ("Gereffi
 * and Korzeniewicz in 1994 ... (Gereffi & Korzeniewicz, 1994)") is one
 * passage to read, listed once, at its first citation.
 */
export function citingPassages(places: readonly CitingPlace[]): CitingPlace[] {
  const seen = new Set<string>();
  return places.filter((p) => {
    const key = `${p.paperId}#${p.citation.block}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
