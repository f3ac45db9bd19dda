/**
 * Site-relative URLs that respect Astro's `base`, so the reader works from a
 * sub-path (/folio/) as well as from the root.
 */
import { withBase } from '../markdown/directives.ts';

export function href(path: string): string {
  // Outside Astro (unit tests, scripts) there is no base: the site's root.
  return withBase(import.meta.env?.BASE_URL ?? '/', path);
}

export const paperHref = (id: string, anchor?: string) => href(`papers/${id}/${anchor ? `#${anchor}` : ''}`);
export const referenceHref = (key: string) => href(`references/${key}/`);
/** Page `n` of a concept's concordance: the first is on the concept's own page. */
export const concordancePageHref = (slug: string, n: number) => href(n === 1 ? `glossary/${slug}/#concordance` : `glossary/${slug}/uses/${n}/`);
/** Page `n` of the papers list: the first is the home page. */
export const papersPageHref = (n: number) => href(n === 1 ? '' : `page/${n}/`);
