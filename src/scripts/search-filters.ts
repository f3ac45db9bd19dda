/**
 * The search filters (kind, author, year, journal) of the search page and
 * the search dialog: one select per facet, built from the values the index
 * holds, kept in the search page's URL beside `q` so a filtered search can
 * be shared.
 */
import type { PagefindFilterCounts } from './pagefind.ts';

export const FACETS = [
  { name: 'kind', label: 'Kind' },
  { name: 'author', label: 'Author' },
  { name: 'year', label: 'Year' },
  { name: 'journal', label: 'Journal' },
] as const;

const KIND_OPTIONS: Record<string, string> = { paper: 'Papers', concept: 'Concepts (glossary)', reference: 'Cited works' };

export type Filters = Record<string, string>;

export function readFilters(params: URLSearchParams): Filters {
  const filters: Filters = {};
  for (const { name } of FACETS) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  return filters;
}

export function writeFilters(url: URL, filters: Filters): void {
  for (const { name } of FACETS) {
    if (filters[name]) url.searchParams.set(name, filters[name]);
    else url.searchParams.delete(name);
  }
}

function sortedValues(name: string, counts: Record<string, number>): string[] {
  const values = Object.keys(counts);
  // Newest years first; names and titles alphabetically.
  return name === 'year' ? values.sort((a, b) => b.localeCompare(a)) : values.sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
}

/**
 * Fills the container with one labelled select per facet the index has;
 * `onChange` gets the new filters. `idPrefix` keeps the ids of two sets of
 * controls apart.
 */
export function renderFilterControls(container: HTMLElement, counts: PagefindFilterCounts, selected: Filters, onChange: (filters: Filters) => void, idPrefix = 'search-filter'): void {
  const selects: HTMLSelectElement[] = [];
  const fields = FACETS.filter(({ name }) => counts[name] || selected[name]).map(({ name, label }) => {
    const field = document.createElement('p');
    field.className = 'search-filter';
    const id = `${idPrefix}-${name}`;
    const labelEl = document.createElement('label');
    labelEl.htmlFor = id;
    labelEl.textContent = label;
    const select = document.createElement('select');
    select.id = id;
    select.name = name;
    const values = sortedValues(name, counts[name] ?? {});
    if (selected[name] && !values.includes(selected[name])) values.unshift(selected[name]);
    select.append(new Option('Any', ''), ...values.map((v) => new Option(name === 'kind' ? (KIND_OPTIONS[v] ?? v) : v, v)));
    select.value = selected[name] ?? '';
    selects.push(select);
    field.append(labelEl, select);
    return field;
  });
  container.replaceChildren(...fields);
  container.addEventListener('change', () => {
    const filters: Filters = {};
    for (const s of selects) if (s.value) filters[s.name] = s.value;
    onChange(filters);
  });
}

export function describeFilters(filters: Filters): string {
  return Object.entries(filters)
    .map(([name, value]) => `${name}: ${name === 'kind' ? (KIND_OPTIONS[value] ?? value).toLowerCase() : value}`)
    .join(', ');
}
