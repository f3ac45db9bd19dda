/**
 * The search page: runs the query from `?q=` (and the filters beside it, so
 * a search can be shared as a URL) and as the reader types, and lists
 * results whose links land on the matching passage. Results are announced
 * politely to screen readers; arrow keys move between the box and results.
 */
import { loadPagefind, type Pagefind, type PagefindResult } from './pagefind.ts';
import { describeFilters, type Filters, readFilters, renderFilterControls, writeFilters } from './search-filters.ts';
import { arrowNavigation } from './search-keys.ts';
import { resultItem } from './search-result.ts';

// Each result shown costs a fragment request: a few at first, more on demand.
const PAGE_SIZE = 6;

function statusText(q: string, filters: Filters, n: number): string {
  const narrowed = Object.keys(filters).length > 0 ? ` (${describeFilters(filters)})` : '';
  const what = q ? ` for “${q}”` : '';
  if (n === 0) return `No results${what}${narrowed}.`;
  return `${n} ${n === 1 ? 'result' : 'results'}${what}${narrowed}.`;
}

export function startSearchPage(): void {
  const input = document.querySelector<HTMLInputElement>('#search-page-query');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const more = document.querySelector<HTMLButtonElement>('#search-more');
  const filterBox = document.querySelector<HTMLFieldSetElement>('#search-filters');
  const filterToggle = document.querySelector<HTMLButtonElement>('#search-filters-toggle');
  if (!input || !status || !list || !more || !filterBox || !filterToggle) return;
  const controls = filterBox.querySelector<HTMLElement>('.search-filter-controls') ?? filterBox;
  const params = new URLSearchParams(location.search);
  let filters = readFilters(params);
  let latest = 0;
  // A search is running, and what was typed while it ran (see searchLatest).
  let searching = false;
  let waiting: string | undefined;
  let filtersBuilt: Promise<void> | undefined;

  // The facet values are fetched only when the reader opens the filters (or
  // the URL sets one): at thousands of papers the author list alone would
  // weigh on every first search.
  const buildFilters = (pagefind: Pagefind) =>
    (filtersBuilt ??= pagefind.filters().then((counts) =>
      renderFilterControls(controls, counts, filters, (next) => {
        filters = next;
        void run(input.value);
      }),
    ));
  const openFilters = async (open: boolean) => {
    if (open) await buildFilters(await loadPagefind());
    filterToggle.setAttribute('aria-expanded', String(open));
    filterBox.hidden = !open;
  };
  filterToggle.addEventListener('click', () => void openFilters(filterToggle.getAttribute('aria-expanded') !== 'true').catch(() => undefined));
  filterToggle.parentElement!.hidden = false;
  if (Object.keys(filters).length > 0) void openFilters(true).catch(() => undefined);

  const showMore = (results: PagefindResult[], shown: number, ticket: number, q: string) => {
    more.hidden = shown >= results.length;
    more.onclick = async () => {
      const next = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
      if (ticket !== latest) return;
      const items = next.map((d) => resultItem(d, q));
      list.append(...items);
      items[0]?.querySelector('a')?.focus();
      showMore(results, shown + PAGE_SIZE, ticket, q);
    };
  };

  // "Press ↓ to move to the results" only while there are results to move to.
  const help = document.querySelector<HTMLElement>('#search-help');
  const showHelp = (shown: boolean) => {
    if (help) help.hidden = !shown;
  };

  const run = async (query: string) => {
    const ticket = ++latest;
    const q = query.trim();
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    writeFilters(url, filters);
    history.replaceState(null, '', url);
    if (!q && Object.keys(filters).length === 0) {
      list.replaceChildren();
      more.hidden = true;
      showHelp(false);
      status.textContent = 'Type a word or phrase to search the collection.';
      return;
    }
    try {
      const pagefind = await loadPagefind();
      // No query but a filter: list everything the filter selects.
      const search = await pagefind.search(q || null, { filters });
      // Keys typed meanwhile: their search runs next, so these results are not fetched.
      if (ticket !== latest || !search || waiting !== undefined) return;
      const first = await Promise.all(search.results.slice(0, PAGE_SIZE).map((r) => r.data()));
      if (ticket !== latest) return;
      list.replaceChildren(...first.map((d) => resultItem(d, q)));
      const n = search.results.length;
      status.textContent = statusText(q, filters, n);
      showHelp(n > 0);
      showMore(search.results, PAGE_SIZE, ticket, q);
      document.dispatchEvent(new CustomEvent('folio:search-results', { detail: { query: q, count: n } }));
    } catch {
      list.replaceChildren();
      more.hidden = true;
      showHelp(false);
      status.textContent = 'Search is not available: the search index has not been built (run npm run build).';
    }
  };

  // Fetch the index while the reader is still typing the first word.
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  arrowNavigation(input, list);
  const initial = params.get('q') ?? '';
  input.value = initial;
  // A reader who searched from the header goes on in this page's box, where ↓ reaches the results.
  if (initial && (document.activeElement === document.body || document.activeElement === null)) input.focus({ preventScroll: true });
  // No debounce, but one search at a time: Pagefind's worker answers in
  // turn, so on a large collection a search per keystroke would queue up and
  // the last key would wait for every earlier one. Keys typed while a search
  // runs wait for it and then search once, for what the box says by then.
  const searchLatest = (query: string) => {
    if (searching) {
      waiting = query;
      return;
    }
    searching = true;
    void run(query).finally(() => {
      searching = false;
      const next = waiting;
      waiting = undefined;
      if (next !== undefined) searchLatest(next);
    });
  };
  input.addEventListener('input', () => searchLatest(input.value));
  input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  void run(initial);
}
