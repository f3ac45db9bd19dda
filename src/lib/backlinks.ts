/**
 * "Cited by": for every reference key, the places in the collection that cite
 * it. Derived once per build from the citations the ingest recorded, in one
 * pass over all papers, and shared by every page that needs it.
 */
import type { PaperFrontmatter, StoredCitation } from '../model/schema.ts';
import { displayTitle } from './bibliographic.ts';
import { firstOfEach } from './first-of-each.ts';
import { placeLabels } from './place-label.ts';

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
  return firstOfEach(places, (p) => `${p.paperId}#${p.citation.block}`);
}

/** The first place in each citing paper: one line a paper where a list must stay short. */
export function citingPapers(places: readonly CitingPlace[]): CitingPlace[] {
  return firstOfEach(places, (p) => p.paperId);
}

/** Each passage with its place's label, told apart where a paper cites the work twice on one page. */
export function labelledPassages(places: readonly CitingPlace[]): (CitingPlace & { label: string })[] {
  const passages = citingPassages(places);
  const byPaper = new Map<string, CitingPlace[]>();
  for (const p of passages) {
    const list = byPaper.get(p.paperId);
    if (list) list.push(p);
    else byPaper.set(p.paperId, [p]);
  }
  const labels = new Map<CitingPlace, string>();
  for (const list of byPaper.values()) {
    const named = placeLabels(list.map((p) => ({ page: p.citation.cited_on, block: p.citation.block })));
    list.forEach((p, i) => labels.set(p, named[i]!.label));
  }
  return passages.map((p) => ({ ...p, label: labels.get(p)! }));
}
