/**
 * Loading Pagefind's browser API from the built site (it exists only after
 * the build's search index, src/build/search-index.ts), relative to Astro's
 * base so sub-path deployments find their own index; a collection indexed in
 * parts has its other parts merged in (their list is beside the first).
 */
export interface PagefindAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  anchor?: PagefindAnchor;
}

export interface PagefindWeightedLocation {
  location: number;
  balanced_score: number;
}

export interface PagefindResultData {
  url: string;
  content: string;
  /** The text as Pagefind counts its words (HTML-escaped; zero-width spaces between words in scripts without spaces). */
  raw_content?: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  locations: number[];
  weighted_locations?: PagefindWeightedLocation[];
  anchors?: PagefindAnchor[];
  sub_results?: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

/** Facet name → value → number of pages. */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<PagefindFilterCounts>;
}

export const HIGHLIGHT_PARAM = 'pagefind-highlight';

let loading: Promise<Pagefind> | undefined;

export function siteBase(): string {
  return import.meta.env.BASE_URL.replace(/\/?$/, '/');
}

export function loadPagefind(): Promise<Pagefind> {
  const base = siteBase();
  loading ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const options = { baseUrl: base, excerptLength: 24 };
    const [pagefind, parts] = await Promise.all([
      import(/* @vite-ignore */ url) as Promise<Pagefind>,
      fetch(`${base}pagefind/folio-parts.json`)
        .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
        .catch(() => []),
    ]);
    await pagefind.options(options);
    await Promise.all(parts.map((part) => pagefind.mergeIndex(`${base}${part}`, options)));
    return pagefind;
  })();
  return loading;
}

const PASSAGE_ID = /^(?:b\d+|page-\d+)$/;
const PAGE_ID = /^page-(\d+)$/;

/** The last anchor at or before a word position that passes `accept`. */
export function anchorBefore(anchors: readonly PagefindAnchor[], location: number, accept: (a: PagefindAnchor) => boolean): PagefindAnchor | undefined {
  let best: PagefindAnchor | undefined;
  for (const a of anchors) {
    if (a.location <= location && accept(a) && (!best || a.location >= best.location)) best = a;
  }
  return best;
}

/** Anchors a link can land on: a block (paragraph, list item) or a printed page marker. */
export const isPassageAnchor = (a: PagefindAnchor) => PASSAGE_ID.test(a.id);

/** The block (paragraph, list item, page marker) in which a word falls. */
export const passageAnchor = (anchors: readonly PagefindAnchor[], location: number) => anchorBefore(anchors, location, isPassageAnchor);

/** The printed page on which a word falls, when the page marks its pages. */
export function printedPage(anchors: readonly PagefindAnchor[], location: number): string | undefined {
  const marker = anchorBefore(anchors, location, (a) => PAGE_ID.test(a.id));
  return marker ? PAGE_ID.exec(marker.id)?.[1] : undefined;
}

/**
 * The link that lands on the passage: the page URL plus the anchor of the
 * block in which the word at `location` falls (by default the first match).
 */
export function passageUrl(data: PagefindResultData, location = data.locations[0]): string {
  if (location === undefined || !data.anchors) return data.url;
  const best = passageAnchor(data.anchors, location);
  return best ? `${data.url.replace(/#.*$/, '')}#${best.id}` : data.url;
}

/**
 * Adds the words to highlight on the landing page. Pagefind's highlighter
 * marks literal text, so the words passed are those the index matched
 * ("reshoring" for a search for "reshore"), not only the query.
 */
export function withHighlight(url: string, words: readonly string[]): string {
  const [path, hash = ''] = url.split('#', 2) as [string, string?];
  const target = new URL(path, location.origin);
  target.searchParams.delete(HIGHLIGHT_PARAM);
  for (const w of words) target.searchParams.append(HIGHLIGHT_PARAM, w);
  return `${target.pathname}${target.search}${hash ? `#${hash}` : ''}`;
}
