/**
 * Site-relative URLs that respect Astro's `base`, so the reader works from a
 * sub-path (/folio/) as well as from the root.
 */
import { withBase } from '../markdown/directives.ts';

export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

export const paperHref = (id: string, anchor?: string) => href(`papers/${id}/${anchor ? `#${anchor}` : ''}`);
export const referenceHref = (key: string) => href(`references/${key}/`);
