/**
 * The search page: runs the query from `?q=` (so a search can be shared as a
 * URL) and as the reader types, and lists results whose links land on the
 * matching passage. Results are announced politely to screen readers.
 */
import { loadPagefind, type PagefindResultData, passageUrl } from './pagefind.ts';

// Each result shown costs a fragment request: a few at first, more on demand.
const PAGE_SIZE = 6;

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

function resultItem(data: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = passageUrl(data);
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  li.append(heading);
  if (data.meta.authors) {
    const authors = document.createElement('p');
    authors.className = 'authors';
    authors.textContent = data.meta.authors;
    li.append(authors);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  excerpt.append(...excerptNodes(data.excerpt));
  li.append(excerpt);
  return li;
}

export function startSearchPage(): void {
  const input = document.querySelector<HTMLInputElement>('#search-page-query');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  if (!input || !status || !list) return;
  let latest = 0;

  const run = async (query: string) => {
    const ticket = ++latest;
    const q = query.trim();
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!q) {
      list.replaceChildren();
      if (more) more.hidden = true;
      status.textContent = 'Type a word or phrase to search the collection.';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const pagefind = await loadPagefind();
      const search = await pagefind.search(q);
      if (ticket !== latest || !search) return;
      const first = await Promise.all(search.results.slice(0, PAGE_SIZE).map((r) => r.data()));
      if (ticket !== latest) return;
      list.replaceChildren(...first.map(resultItem));
      const n = search.results.length;
      status.textContent = n === 0 ? `No results for “${q}”.` : `${n} ${n === 1 ? 'result' : 'results'} for “${q}”.`;
      showMore(search.results, PAGE_SIZE, ticket);
      document.dispatchEvent(new CustomEvent('folio:search-results', { detail: { query: q, count: n } }));
    } catch {
      status.textContent = 'Search is not available: the search index has not been built (run npm run build).';
    }
  };

  // Fetch the index while the reader is still typing the first word.
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  const more = document.querySelector<HTMLButtonElement>('#search-more');
  const showMore = (results: { data(): Promise<PagefindResultData> }[], shown: number, ticket: number) => {
    if (!more) return;
    more.hidden = shown >= results.length;
    more.onclick = async () => {
      const next = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
      if (ticket !== latest) return;
      const items = next.map(resultItem);
      list.append(...items);
      items[0]?.querySelector('a')?.focus();
      showMore(results, shown + PAGE_SIZE, ticket);
    };
  };
  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  // No debounce: Pagefind answers in milliseconds, and a stale answer is dropped (see `ticket`).
  input.addEventListener('input', () => void run(input.value));
  input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  void run(initial);
}
