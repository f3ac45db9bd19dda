/**
 * Loading Pagefind's browser API from the built site (it exists only after
 * `pagefind --site dist`), relative to Astro's base so sub-path deployments
 * find their own index.
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
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  locations: number[];
  anchors?: PagefindAnchor[];
  sub_results?: PagefindSubResult[];
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
  debouncedSearch?(query: string): Promise<unknown>;
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  loading ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 24 });
    return pagefind;
  })();
  return loading;
}

/**
 * The link that lands on the passage: the page URL plus the anchor of the
 * block (paragraph, list item, page marker) in which the first match falls.
 */
export function passageUrl(data: PagefindResultData): string {
  const first = data.locations[0];
  if (first === undefined || !data.anchors) return data.url;
  let best: PagefindAnchor | undefined;
  for (const a of data.anchors) {
    if (a.location <= first && /^(?:b\d+|page-\d+)$/.test(a.id) && (!best || a.location >= best.location)) best = a;
  }
  return best ? `${data.url.replace(/#.*$/, '')}#${best.id}` : data.url;
}
