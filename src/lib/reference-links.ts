/**
 * Where a cited work leads: its DOI and address where known, its page here
 * when the work is itself a paper of the collection, and otherwise searches
 * for it built from what is known (Google Scholar, Crossref, OpenAlex). The
 * searches are links the reader follows; the site itself requests nothing.
 */
import type { PaperMeta, Reference } from '../model/schema.ts';
import { slugify } from '../shared/slug.ts';
import { year } from './bibliographic.ts';

export interface OutboundLink {
  label: string;
  href: string;
}

/** What to search for: the title if known, else the authors and the year. */
function query(ref: Reference): string {
  if (ref.title) return [ref.title, ref.author?.[0]?.family].filter(Boolean).join(' ');
  return [...(ref.author ?? ref.editor ?? []).map((a) => a.family), year(ref.issued)].filter(Boolean).join(' ');
}

export function outboundLinks(ref: Reference): OutboundLink[] {
  const links: OutboundLink[] = [];
  if (ref.DOI) links.push({ label: `doi:${ref.DOI}`, href: `https://doi.org/${ref.DOI}` });
  if (ref.URL) links.push({ label: new URL(ref.URL).host || ref.URL, href: ref.URL });
  const q = encodeURIComponent(query(ref));
  if (q) {
    links.push({ label: 'Google Scholar', href: `https://scholar.google.com/scholar?q=${q}` });
    links.push({ label: 'Crossref', href: `https://search.crossref.org/search/works?q=${q}&from_ui=yes` });
    links.push({ label: 'OpenAlex', href: `https://openalex.org/works?search=${q}` });
  }
  return links;
}

const words = (text: string) => new Set(slugify(text).split('-').filter((w) => w.length > 2));

/** How alike two titles are: the share of the shorter one's words the other has. */
function titleOverlap(a: string, b: string): number {
  const [x, y] = [words(a), words(b)];
  const small = x.size <= y.size ? x : y;
  const large = small === x ? y : x;
  if (small.size === 0) return 0;
  return [...small].filter((w) => large.has(w)).length / small.size;
}

/**
 * The paper of the collection a cited work is, if any: the same first author
 * and year, and (when the reference has a title) a title that mostly agrees.
 */
export function paperForReference(ref: Reference, papers: readonly { id: string; data: Pick<PaperMeta, 'title' | 'author' | 'issued'> }[]): string | undefined {
  const family = ref.author?.[0]?.family ?? ref.editor?.[0]?.family;
  const y = year(ref.issued);
  if (!family || !y) return undefined;
  const match = papers.find((p) => {
    if (!p.data.author[0] || slugify(p.data.author[0].family) !== slugify(family) || year(p.data.issued) !== y) return false;
    return !ref.title || !p.data.title || titleOverlap(ref.title, p.data.title) >= 0.8;
  });
  return match?.id;
}
