/**
 * One-line bibliographic facts for display: "The Journal of Economic
 * Sciences: Theory and Practice 83(1), 2026, pp. 40–57". Empty parts are
 * left out, never replaced by placeholders.
 */
import type { CslDate, PaperMeta, Reference } from '../model/schema.ts';

export function year(issued: CslDate | undefined): number | undefined {
  return issued?.['date-parts'][0]?.[0];
}

export function pageRange(page: string | undefined): string | undefined {
  if (!page) return undefined;
  return /[-–]/.test(page) ? `pp. ${page.replace(/-/g, '–')}` : `p. ${page}`;
}

export function volumeIssue(meta: Pick<PaperMeta, 'volume' | 'issue'>): string | undefined {
  if (!meta.volume && !meta.issue) return undefined;
  return `${meta.volume ?? ''}${meta.issue ? `(${meta.issue})` : ''}`;
}

export function sourceLine(meta: Pick<PaperMeta, 'container-title' | 'volume' | 'issue' | 'issued' | 'page'>): string {
  const venue = [meta['container-title'], volumeIssue(meta)].filter(Boolean).join(' ');
  return [venue, year(meta.issued), pageRange(meta.page)].filter((p) => p !== undefined && p !== '').join(', ');
}

export function referenceDetails(ref: Reference): string {
  return [ref['container-title'], ref.volume ? `Vol. ${ref.volume}` : undefined, ref.issue, year(ref.issued)]
    .filter((p) => p !== undefined && p !== '')
    .join(', ');
}

/** The title to show: the paper's own, or a plain description when no page prints it. */
export function displayTitle(meta: Pick<PaperMeta, 'title' | 'container-title' | 'volume' | 'issue' | 'issued' | 'page'>): string {
  if (meta.title) return meta.title;
  const where = sourceLine(meta);
  return where ? `Untitled article (${where})` : 'Untitled article';
}

/**
 * A paper in one sentence, for search engines and link previews (its meta
 * description): who wrote it and where it appeared. "Li Ting. The Journal of
 * Economic Sciences: Theory and Practice 83(1), 2026, pp. 40–57."
 */
export function paperDescription(meta: Pick<PaperMeta, 'author' | 'title' | 'container-title' | 'volume' | 'issue' | 'issued' | 'page'>, authors: string): string {
  const where = sourceLine(meta);
  const parts = [authors ? `By ${authors}` : undefined, where ? `in ${where}` : undefined].filter(Boolean).join(', ');
  return parts ? `${displayTitle(meta)}. ${parts}.` : displayTitle(meta);
}
