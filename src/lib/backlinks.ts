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
