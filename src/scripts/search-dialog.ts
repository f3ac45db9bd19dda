/**
 * Search as you type, in the dialog of search-dialog-markup.ts: results come
 * under the box as the reader types (after a short pause, one search at a
 * time), in sections (papers, then glossary entries, then cited works),
 * with the search page's filters. ↓ and ↑ walk the results, Enter opens
 * one, Escape closes the dialog; the native modal <dialog> keeps focus
 * inside and gives it back to where it was on closing. Enter in the box
 * opens the search page with every result, as the form does without scripts.
 * Loaded by search-shortcut.ts when the dialog is first opened.
 */
import { loadPagefind, type Pagefind, siteBase } from './pagefind.ts';
import { createSearchDialog } from './search-dialog-markup.ts';
import { describeFilters, type Filters, renderFilterControls, writeFilters } from './search-filters.ts';
import { arrowNavigation } from './search-keys.ts';
import { resultItem } from './search-result.ts';
import { countText, type SectionResults, searchSections } from './search-sections.ts';

// Long enough to let a word be typed, short enough to feel immediate.
const PAUSE_MS = 120;
// Each result shown costs a fragment request: a few at first, more on demand.
const MORE = 5;

interface Shown extends SectionResults {
  list: HTMLOListElement;
  shown: number;
}

function sectionElement({ section, results }: SectionResults): { element: HTMLElement; list: HTMLOListElement } {
  const element = document.createElement('section');
  element.className = 'search-section';
  const heading = document.createElement('h2');
  heading.id = `search-dialog-${section.kind}`;
  heading.textContent = section.label;
  const count = document.createElement('span');
  count.className = 'search-section-count';
  count.textContent = ` (${results.length})`;
  heading.append(count);
  element.setAttribute('aria-labelledby', heading.id);
  const list = document.createElement('ol');
  list.className = 'search-results';
  element.append(heading, list);
  return { element, list };
}

/** The dialog made, put in the page and started: what search-shortcut.ts calls on first opening it. */
export function mountSearchDialog(): { open(): void } {
  const dialog = createSearchDialog(`${siteBase()}search/`);
  document.body.append(dialog);
  return startSearchDialog(dialog);
}

export function startSearchDialog(dialog: HTMLDialogElement): { open(): void } {
  const input = dialog.querySelector<HTMLInputElement>('#search-dialog-query')!;
  const status = dialog.querySelector<HTMLElement>('#search-dialog-status')!;
  const container = dialog.querySelector<HTMLElement>('#search-dialog-results')!;
  const more = dialog.querySelector<HTMLButtonElement>('#search-dialog-more')!;
  const all = dialog.querySelector<HTMLAnchorElement>('#search-dialog-all')!;
  const filterBox = dialog.querySelector<HTMLFieldSetElement>('#search-dialog-filters')!;
  const filterToggle = dialog.querySelector<HTMLButtonElement>('#search-dialog-filters-toggle')!;
  const controls = filterBox.querySelector<HTMLElement>('.search-filter-controls') ?? filterBox;
  let filters: Filters = {};
  let sections: Shown[] = [];
  let latest = 0;
  let query = '';

  // The facet values are fetched only when the reader opens the filters.
  let filtersBuilt: Promise<void> | undefined;
  const buildFilters = (pagefind: Pagefind) =>
    (filtersBuilt ??= pagefind.filters().then((counts) =>
      renderFilterControls(
        controls,
        counts,
        filters,
        (next) => {
          filters = next;
          searchSoon(0);
        },
        'search-dialog-filter',
      ),
    ));
  filterToggle.addEventListener('click', () => {
    const open = filterToggle.getAttribute('aria-expanded') !== 'true';
    void (open ? loadPagefind().then(buildFilters) : Promise.resolve())
      .then(() => {
        filterToggle.setAttribute('aria-expanded', String(open));
        filterBox.hidden = !open;
      })
      .catch(() => undefined);
  });
  filterToggle.parentElement!.hidden = false;

  /** The search page's address for what the dialog shows, for "All results". */
  const pageUrl = () => {
    const url = new URL(`${siteBase()}search/`, location.origin);
    if (query) url.searchParams.set('q', query);
    writeFilters(url, filters);
    return `${url.pathname}${url.search}`;
  };

  const showMore = () => (more.hidden = !sections.some((s) => s.shown < s.results.length));

  /** The next `n` results of each section, fetched, then shown; the new items are returned. */
  const reveal = async (target: Shown[], n: (s: Shown) => number, ticket: number): Promise<HTMLLIElement[] | undefined> => {
    const batches = await Promise.all(target.map((s) => Promise.all(s.results.slice(s.shown, s.shown + n(s)).map((r) => r.data()))));
    if (ticket !== latest) return undefined;
    const added: HTMLLIElement[] = [];
    target.forEach((s, i) => {
      const items = (batches[i] ?? []).map((d) => resultItem(d, query, { headingLevel: 3, maxPlaces: 3, compact: true }));
      s.list.append(...items);
      s.shown += items.length;
      added.push(...items);
    });
    return added;
  };

  more.addEventListener('click', () => {
    void reveal(sections, () => MORE, latest).then((added) => {
      showMore();
      added?.[0]?.querySelector('a')?.focus();
    });
  });

  const clear = (text: string) => {
    sections = [];
    container.replaceChildren();
    more.hidden = true;
    status.textContent = text;
  };

  const run = async (): Promise<void> => {
    const ticket = ++latest;
    query = input.value.trim();
    all.href = pageUrl();
    const narrowed = Object.keys(filters).length > 0 ? ` (${describeFilters(filters)})` : '';
    if (!query && !narrowed) return clear('');
    try {
      const found = await searchSections(await loadPagefind(), query || null, filters);
      if (ticket !== latest) return;
      const what = `${query ? ` for “${query}”` : ''}${narrowed}`;
      if (found.length === 0) return clear(`No results${what}.`);
      const built = found.map((s) => ({ ...s, ...sectionElement(s), shown: 0 }));
      const added = await reveal(built, (s) => s.section.first, ticket);
      if (!added) return;
      sections = built;
      container.replaceChildren(...built.map((s) => s.element));
      showMore();
      status.textContent = `${countText(found)}${what}.`;
    } catch {
      clear('Search is not available: the search index has not been built (run npm run build).');
    }
  };

  // One search at a time: Pagefind's worker answers in turn, so keys typed
  // while a search runs wait for it, then search once for what the box says.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;
  const searchNow = () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    void run().finally(() => {
      running = false;
      if (again) {
        again = false;
        searchNow();
      }
    });
  };
  function searchSoon(pause = PAUSE_MS) {
    clearTimeout(timer);
    timer = setTimeout(searchNow, pause);
  }

  input.addEventListener('input', () => searchSoon());
  // Enter in the box: the search page, with the query and only the filters chosen.
  input.form?.addEventListener('submit', (e) => {
    e.preventDefault();
    query = input.value.trim();
    location.assign(pageUrl());
  });
  arrowNavigation(input, container, { typeBack: true });
  dialog.addEventListener('keydown', (e) => {
    // Closed here rather than by the browser: in a search box Escape would first only clear the text.
    if (e.key !== 'Escape') return;
    e.preventDefault();
    dialog.close();
  });
  // A click on the backdrop (the dialog itself, outside its panel) closes it; so does following a
  // result here (a result on this very page would otherwise leave the dialog over it).
  dialog.addEventListener('click', (e) => {
    const plain = e.button === 0 && !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey;
    if (e.target === dialog || (plain && e.target instanceof Element && e.target.closest('#search-dialog-results a'))) dialog.close();
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());

  return {
    open() {
      if (!dialog.open) dialog.showModal();
      input.focus();
      input.select();
      void loadPagefind().catch(() => undefined);
    },
  };
}
