/**
 * Metadata that reference managers and search engines read from a paper page:
 * Highwire Press `citation_*` tags (what Zotero's Embedded Metadata
 * translator and Google Scholar use), Dublin Core where it adds something,
 * and schema.org ScholarlyArticle as JSON-LD. Fields the paper lacks are left
 * out, never filled with placeholders.
 */
import type { CslName, PaperFrontmatter, Reference } from '../model/schema.ts';
import { year } from './bibliographic.ts';
import { displayName } from './names.ts';

export type MetaTag = { name: string; content: string };

const cslAuthor = (n: CslName) => (n.given ? `${n.family}, ${n.given}` : n.family);

function dateOf(issued: PaperFrontmatter['issued']): string | undefined {
  const parts = issued?.['date-parts'][0];
  return parts ? parts.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0'))).join('/') : undefined;
}

/** One `citation_reference` value per cited work, in the Highwire "key=value; ..." form. */
export function citationReference(ref: Reference): string {
  const parts: string[] = [];
  if (ref.title) parts.push(`citation_title=${ref.title}`);
  for (const a of ref.author ?? []) parts.push(`citation_author=${cslAuthor(a)}`);
  if (ref['container-title']) parts.push(`citation_journal_title=${ref['container-title']}`);
  if (ref.volume) parts.push(`citation_volume=${ref.volume}`);
  if (ref.issue) parts.push(`citation_issue=${ref.issue}`);
  const y = year(ref.issued);
  if (y) parts.push(`citation_publication_date=${y}`);
  return parts.join('; ');
}

export function highwireTags(paper: PaperFrontmatter, url: string, references: readonly Reference[]): MetaTag[] {
  const tags: MetaTag[] = [];
  const add = (name: string, content: string | number | undefined) => {
    if (content !== undefined && content !== '') tags.push({ name, content: String(content) });
  };
  add('citation_title', paper.title);
  for (const a of paper.author) add('citation_author', cslAuthor(a));
  add('citation_publication_date', dateOf(paper.issued));
  add('citation_journal_title', paper['container-title']);
  add('citation_volume', paper.volume);
  add('citation_issue', paper.issue);
  const [first, last] = (paper.page ?? '').split(/[-–]/);
  add('citation_firstpage', first);
  add('citation_lastpage', last);
  add('citation_publisher', paper.publisher);
  add('citation_doi', paper.DOI);
  add('citation_issn', paper.ISSN);
  add('citation_language', paper.language);
  // A real abstract only: Zotero saves whatever this says as the item's abstract.
  add('citation_abstract', paper.abstract);
  add('citation_fulltext_html_url', url);
  // The original's address, where known; Zotero takes it for the item's URL over this page's own.
  add('citation_public_url', paper.URL);
  for (const r of references) add('citation_reference', citationReference(r));
  if (paper.type === 'webpage') {
    // A web article is saved as a web page (og:type "website", set by the page), its site as the website's title.
    add('DC.source', paper['container-title']);
  } else add('DC.type', 'Text.Serial.Journal');
  add('DC.language', paper.language);
  return tags;
}

export function scholarlyArticle(paper: PaperFrontmatter, url: string): Record<string, unknown> {
  const ld: Record<string, unknown> = { '@context': 'https://schema.org', '@type': 'ScholarlyArticle', url, inLanguage: paper.language };
  if (paper.title) ld.headline = ld.name = paper.title;
  if (paper.author.length > 0) ld.author = paper.author.map((a) => ({ '@type': 'Person', name: displayName(a), familyName: a.family, ...(a.given ? { givenName: a.given } : {}) }));
  const y = year(paper.issued);
  if (y) ld.datePublished = String(y);
  if (paper.page) {
    const [start, end] = paper.page.split(/[-–]/);
    ld.pageStart = start;
    if (end) ld.pageEnd = end;
  }
  if (paper['container-title']) {
    const periodical = { '@type': 'Periodical', name: paper['container-title'] };
    const volume = paper.volume ? { '@type': 'PublicationVolume', volumeNumber: paper.volume, isPartOf: periodical } : periodical;
    ld.isPartOf = paper.issue ? { '@type': 'PublicationIssue', issueNumber: paper.issue, isPartOf: volume } : volume;
  }
  if (paper.publisher) ld.publisher = { '@type': 'Organization', name: paper.publisher };
  return ld;
}

/**
 * COinS (an OpenURL ContextObject in a span's title) for a cited work, so
 * Zotero can save it from its page. Zotero's COinS translator reads the item
 * type from the format and genre and drops an item without a title, and it
 * runs before any other translator (docs/zotero.md): so every span carries a
 * title, and a work known only by its authors and year is named by its label.
 */
export function coins(ref: Reference): string {
  const params = new URLSearchParams({ ctx_ver: 'Z39.88-2004', rfr_id: 'info:sid/folio' });
  const y = year(ref.issued);
  const [spage, epage] = (ref.page ?? '').split(/[-–]/);
  const journal = ref.type === 'article-journal' && ref.title;
  if (journal) {
    params.set('rft_val_fmt', 'info:ofi/fmt:kev:mtx:journal');
    params.set('rft.genre', 'article');
    params.set('rft.atitle', ref.title!);
    if (ref['container-title']) params.set('rft.jtitle', ref['container-title']);
    if (ref.volume) params.set('rft.volume', ref.volume);
    if (ref.issue) params.set('rft.issue', ref.issue);
    if (spage) params.set('rft.spage', spage);
    if (epage) params.set('rft.epage', epage);
  } else if ((ref.type === 'book' || ref.type === 'chapter') && ref.title) {
    params.set('rft_val_fmt', 'info:ofi/fmt:kev:mtx:book');
    if (ref.type === 'chapter') {
      params.set('rft.genre', 'bookitem');
      params.set('rft.atitle', ref.title);
      if (ref['container-title']) params.set('rft.btitle', ref['container-title']);
    } else {
      params.set('rft.genre', 'book');
      params.set('rft.btitle', ref.title);
    }
    if (ref.publisher) params.set('rft.pub', ref.publisher);
  } else {
    // Anything else, and a work known only by authors and year, as a Dublin Core item with a title.
    params.set('rft_val_fmt', 'info:ofi/fmt:kev:mtx:dc');
    params.set('rft.type', ref.type === 'webpage' ? 'webpage' : 'document');
    params.set('rft.title', ref.title ?? ref.label);
    if (ref['container-title']) params.set('rft.source', ref['container-title']);
    if (ref.publisher) params.set('rft.publisher', ref.publisher);
  }
  if (y) params.set('rft.date', String(y));
  for (const a of ref.author ?? []) params.append('rft.au', cslAuthor(a));
  if (ref.DOI) params.append('rft_id', `info:doi/${ref.DOI}`);
  if (ref.URL) params.append('rft_id', ref.URL);
  return params.toString();
}
