/**
 * One search result as the reader sees it: kind, title, authors and year, an
 * excerpt with the match marked, and sub-results that land on each section
 * and printed page where the term occurs. Links carry the matched words so
 * the landing page highlights them.
 */
import { MISSING_PAGES_ID } from '../model/anchors.ts';
import { isPassageAnchor, type PagefindAnchor, type PagefindResultData, passageUrl, printedPage, withHighlight } from './pagefind.ts';

const KIND_LABELS: Record<string, string> = { paper: 'Paper', concept: 'Concept', reference: 'Cited work' };
// A long paper can match on many pages: the first few places, the rest are one click into the paper.
const MAX_SUB_RESULTS = 4;
const EXCERPT_WORDS = 24;

/** Pagefind excerpts are HTML with <mark>; keep only text and marks. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

/** The words Pagefind matched, as they stand in the text ("“reshoring”" → "reshoring"). */
export function matchedWords(excerpts: readonly string[], query: string): string[] {
  const words = new Set(query.toLowerCase().split(/\s+/).filter(Boolean));
  for (const html of excerpts) {
    for (const m of html.matchAll(/<mark>(.*?)<\/mark>/g)) {
      const word = (m[1] ?? '').toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (word) words.add(word);
    }
  }
  return [...words];
}

/** An excerpt around one match, built from the page's indexed words (Pagefind's word positions). */
function excerptAround(content: string, locations: readonly number[]): Node[] {
  const words = content.split(/[\r\n\s]+/g);
  const first = locations[0] ?? 0;
  const start = Math.max(0, Math.min(first - Math.floor(EXCERPT_WORDS / 2), words.length - EXCERPT_WORDS));
  const marked = new Set(locations);
  const nodes: Node[] = [];
  let text = start > 0 ? '… ' : '';
  for (let i = start; i < Math.min(words.length, start + EXCERPT_WORDS); i++) {
    if (marked.has(i)) {
      nodes.push(document.createTextNode(text));
      const mark = document.createElement('mark');
      mark.textContent = words[i] ?? '';
      nodes.push(mark, document.createTextNode(' '));
      text = '';
    } else text += `${words[i]} `;
  }
  nodes.push(document.createTextNode(`${text.trimEnd()}${start + EXCERPT_WORDS < words.length ? ' …' : ''}`));
  return nodes;
}

interface Place {
  label: string;
  url: string;
  locations: number[];
}

/** Whether a notice of missing pages (see missing-pages.ts), at `gaps` word positions, lies after word `from` and at or before word `to`. */
const gapBetween = (gaps: readonly number[], from: number, to: number) => gaps.some((g) => g > from && g <= to);

/**
 * Where in a paper the term occurs: Pagefind's sub-results are sections (by
 * heading); a section spanning printed pages is split by page, and each
 * place links to the paragraph of its first match.
 */
export function places(data: PagefindResultData): Place[] {
  const anchors: readonly PagefindAnchor[] = data.anchors ?? [];
  if (!anchors.some(isPassageAnchor)) return [];
  const out = new Map<string, Place>();
  const gaps = anchors.filter((a) => MISSING_PAGES_ID.test(a.id)).map((a) => a.location);
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

export function resultItem(data: PagefindResultData, query: string): HTMLLIElement {
  const highlight = matchedWords([data.excerpt, ...(data.sub_results ?? []).map((s) => s.excerpt)], query);
  const li = document.createElement('li');
  li.className = 'search-result';
  const heading = document.createElement('h2');
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
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  excerpt.append(...excerptNodes(data.excerpt));
  li.append(heading, meta, excerpt);

  const found = places(data);
  if (found.length > 0) {
    const list = document.createElement('ul');
    list.className = 'sub-results';
    list.setAttribute('aria-label', `Where in “${data.meta.title ?? 'this page'}”`);
    for (const place of found.slice(0, MAX_SUB_RESULTS)) {
      const item = document.createElement('li');
      const a = document.createElement('a');
      a.href = withHighlight(place.url, highlight);
      a.textContent = place.label;
      const text = document.createElement('span');
      text.className = 'place-excerpt';
      text.append(...excerptAround(data.content, place.locations));
      item.append(a, ' ', text);
      list.append(item);
    }
    li.append(list);
  }
  return li;
}
