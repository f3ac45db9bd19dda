/**
 * The search dialog's markup, made in the browser the first time the dialog
 * is opened, with its code and its stylesheet (search-shortcut.ts): a closed
 * dialog shows nothing and does nothing without scripts, so every page used
 * to carry 0.6 KB gzipped of markup that only a reader who searches uses.
 * A native modal <dialog>; its form submits to the search page, so Enter in
 * the box shows every result there. The filters' box is the search page's
 * (SearchFilters.astro), under the dialog's own ids.
 */
const SEARCH_ICON =
  '<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" stroke-width="2"></circle><path d="m15.5 15.5 5 5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"></path></svg>';

export function createSearchDialog(searchPage: string): HTMLDialogElement {
  const dialog = document.createElement('dialog');
  dialog.id = 'search-dialog';
  dialog.className = 'search-dialog';
  dialog.setAttribute('aria-label', 'Search the collection');
  dialog.dataset.pagefindIgnore = '';
  // Static markup, no reader's text in it: the results are built node by node (search-result.ts).
  dialog.innerHTML = `<div class="search-dialog-panel">
  <form class="search-dialog-form" role="search" aria-label="Search as you type" method="get">
    <p class="search-dialog-box">
      <label for="search-dialog-query">${SEARCH_ICON}<span class="visually-hidden">Search papers, glossary and cited works</span></label>
      <input id="search-dialog-query" name="q" type="search" autocomplete="off" spellcheck="false" enterkeyhint="search" aria-describedby="search-dialog-keys">
      <button type="button" class="search-dialog-close" data-search-close>Close</button>
    </p>
    <div class="search-filters-box" hidden>
      <button type="button" id="search-dialog-filters-toggle" aria-expanded="false" aria-controls="search-dialog-filters">Filter results</button>
      <fieldset id="search-dialog-filters" class="search-filters" hidden><legend>Show only</legend><div class="search-filter-controls"></div></fieldset>
    </div>
  </form>
  <p class="search-status" id="search-dialog-status" role="status"></p>
  <div class="search-dialog-results" id="search-dialog-results"></div>
  <p class="search-dialog-foot">
    <button type="button" class="search-more" id="search-dialog-more" hidden>Show more results</button>
    <a id="search-dialog-all">All results on the search page</a>
  </p>
  <p class="search-keys" id="search-dialog-keys"><span><kbd>↑</kbd> <kbd>↓</kbd> move between results</span> <span><kbd>Enter</kbd> opens one</span> <span><kbd>Esc</kbd> closes</span></p>
</div>`;
  dialog.querySelector('form')!.action = searchPage;
  dialog.querySelector<HTMLAnchorElement>('#search-dialog-all')!.href = searchPage;
  return dialog;
}
