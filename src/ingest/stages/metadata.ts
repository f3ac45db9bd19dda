/**
 * A paper's citation metadata (CSL-JSON fields) from what its pages'
 * furniture said, completed or corrected by sidecars. Nothing a page does not
 * say is filled in: a web article without a journal or year has none.
 */
import type { CslDate, PaperMeta } from '../../model/schema.ts';
import type { PaperDraft } from './group-pages.ts';
import { detectLanguage } from './language.ts';
import { idFrom, slugify } from '../../shared/slug.ts';
import { isMinorWord } from '../../shared/text-shape.ts';

function paperId(meta: Omit<PaperMeta, 'id'>, firstSource: string): string {
  const family = meta.author[0] ? slugify(meta.author[0].family) : '';
  const year = meta.issued?.['date-parts'][0]?.[0];
  // Untitled: name it by where it was published, or by its first source page.
  const named = meta.title ?? meta['container-title'] ?? firstSource.replace(/\.[^.]+$/, '');
  const words = named.split(/\s+/).filter((w) => !isMinorWord(w.replace(/[^\p{L}]/gu, '')));
  const where = meta.title ? [] : [meta.volume, meta.issue, meta.page];
  return idFrom([family, year === undefined ? undefined : String(year), words.slice(0, 4).join(' '), ...where], `${named}|${firstSource}`);
}

export function paperMetadata(draft: PaperDraft, bodyText: string): PaperMeta {
  const facts = draft.pages.map((p) => p.page.facts);
  const first = <T>(pick: (f: (typeof facts)[number]) => T | undefined): T | undefined => {
    for (const f of facts) {
      const v = pick(f);
      if (v !== undefined) return v;
    }
    return undefined;
  };
  const journal = first((f) => f.journal);
  const head = first((f) => f.runningHead);
  const numbers = first((f) => f.numbers);
  const kind = draft.pages[0]!.page.kind;
  const issuedYear = journal?.year ?? numbers?.year;
  const issued: CslDate | undefined = first((f) => f.issued) ?? (issuedYear ? { 'date-parts': [[issuedYear]] } : undefined);
  // The title as printed on the first page wins over a running head's, which journals often shorten.
  const title = first((f) => f.title) ?? head?.title;
  const bylined = first((f) => f.authors);

  const meta: Omit<PaperMeta, 'id'> & { id?: string } = {
    type: journal ? 'article-journal' : kind === 'web-article' ? 'webpage' : 'article',
    ...(title ? { title } : {}),
    author: bylined ?? head?.authors ?? [],
    language: detectLanguage(bodyText),
  };
  if (journal) meta['container-title'] = journal.containerTitle;
  // A web page's site and address, as the page prints them (a sidecar may still correct them).
  const site = kind === 'web-article' && !journal ? first((f) => f.site) : undefined;
  if (site) meta['container-title'] = site;
  const url = kind === 'web-article' ? first((f) => f.url) : undefined;
  if (url) meta.URL = url;
  const volume = journal?.volume ?? numbers?.volume;
  const issue = journal?.issue ?? numbers?.issue;
  if (volume) meta.volume = volume;
  if (issue) meta.issue = issue;
  if (issued) meta.issued = issued;
  if (draft.range) meta.page = `${draft.range.first}-${draft.range.last}`;
  else if (numbers?.firstPage !== undefined) meta.page = `${numbers.firstPage}-${numbers.lastPage}`;
  const doi = first((f) => f.doi);
  if (doi) meta.DOI = doi;
  const issn = first((f) => f.issn);
  if (issn) meta.ISSN = issn;
  const publisher = first((f) => f.publisher);
  if (publisher) meta.publisher = publisher;

  for (const { sidecar } of draft.pages) {
    if (!sidecar) continue;
    const { paper: _paper, page: _page, encoding: _encoding, issued: sidecarIssued, ...fields } = sidecar;
    Object.assign(meta, fields);
    if (sidecarIssued !== undefined) {
      meta.issued = typeof sidecarIssued === 'number' ? { 'date-parts': [[sidecarIssued]] } : sidecarIssued;
    }
  }

  return { ...meta, id: meta.id ?? [paperId(meta, draft.pages[0]!.page.source), draft.idSuffix].filter(Boolean).join('-') };
}
