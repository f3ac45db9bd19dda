/**
 * One search result as the reader sees it: kind, title, authors and year, an
 * excerpt with the match marked (search-excerpt.ts), and sub-results that
 * land on each section and printed page where the term occurs. Links carry
 * the matched words so the landing page highlights them.
 */
import { isPassageAnchor, type PagefindAnchor, type PagefindResultData, passageUrl, printedPage, withHighlight } from './pagefind.ts';
import { excerptNodes, gapBetween, gapsOf, matchedWords } from './search-excerpt.ts';

const KIND_LABELS: Record<string, string> = { paper: 'Paper', concept: 'Concept', reference: 'Cited work' };

export interface ResultOptions {
  /** The level of the result's title heading: under the page's h1, or under a section's heading in the dialog. */
  headingLevel?: 2 | 3;
  /** A long paper can match on many pages: the first few places, the rest are one click into the paper. */
  maxPlaces?: number;
  /** Where a result has places, their excerpts alone (the dialog's room is short; the first would repeat the page's). */
  compact?: boolean;
}

interface Place {
  label: string;
  url: string;
  locations: number[];
}

/**
 * Where in a paper the term occurs: Pagefind's sub-results are sections (by
 * heading); a section spanning printed pages is split by page, and each
 * place links to the paragraph of its first match.
 */
export function places(data: PagefindResultData): Place[] {
  const anchors: readonly PagefindAnchor[] = data.anchors ?? [];
  if (!anchors.some(isPassageAnchor)) return [];
  const out = new Map<string, Place>();
  const gaps = gapsOf(data);
  for (const sub of data.sub_results ?? []) {
    const heading = sub.anchor && /^h[1-6]$/i.test(sub.anchor.element) ? sub.anchor : undefined;
    for (const location of [...sub.locations].sort((a, b) => a - b)) {
      const page = printedPage(anchors, location);
      // Past a gap of missing pages the section may have changed: the place is named by its page alone.
      const section = heading && !gapBetween(gaps, heading.location, location) ? sub.title.replace(/\.$/, '') : undefined;
      // A page with neither sections nor printed pages (a glossary entry) has no places beyond itself.
      if (!section && !page) continue;
      const key = `${sub.anchor?.id ?? ''}|${page ?? ''}`;
      const place = out.get(key);
      if (place) place.locations.push(location);
      else out.set(key, { label: [section, page && `p. ${page}`].filter(Boolean).join(', '), url: passageUrl(data, location), locations: [location] });
    }
  }
  return [...out.values()].sort((a, b) => (a.locations[0] ?? 0) - (b.locations[0] ?? 0));
}

function byline(data: PagefindResultData): string {
  const kind = data.filters.kind?.[0];
  return [kind && KIND_LABELS[kind], data.meta.authors, data.meta.year, data.meta.journal].filter(Boolean).join(' · ');
}

export function resultItem(data: PagefindResultData, query: string, { headingLevel = 2, maxPlaces = 4, compact = false }: ResultOptions = {}): HTMLLIElement {
  const highlight = matchedWords(data, query);
  const li = document.createElement('li');
  li.className = 'search-result';
  const heading = document.createElement(`h${headingLevel}`);
  const link = document.createElement('a');
  link.href = withHighlight(passageUrl(data), highlight);
  // Isolated, so that a title in another direction cannot reorder what stands around it.
  const title = document.createElement('bdi');
  title.textContent = data.meta.title ?? data.url;
  link.append(title);
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'result-meta';
  meta.textContent = byline(data);
  li.append(heading, meta);
  const found = places(data);
  if (!compact || found.length === 0) {
    const excerpt = document.createElement('p');
    excerpt.className = 'excerpt';
    excerpt.append(...excerptNodes(data));
    li.append(excerpt);
  }
  if (found.length > 0) {
    const list = document.createElement('ul');
    list.className = 'sub-results';
    list.setAttribute('aria-label', `Where in “${data.meta.title ?? 'this page'}”`);
    for (const place of found.slice(0, maxPlaces)) {
      const item = document.createElement('li');
      const a = document.createElement('a');
      a.href = withHighlight(place.url, highlight);
      a.textContent = place.label;
      const text = document.createElement('span');
      text.className = 'place-excerpt';
      text.append(...excerptNodes(data, place.locations));
      item.append(a, ' ', text);
      list.append(item);
    }
    li.append(list);
  }
  return li;
}
