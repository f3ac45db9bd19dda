/**
 * The ways into search as you type, on every page: Ctrl+K (⌘K on a Mac),
 * the "Ctrl K" button beside the header's box and the phone's search
 * button open the search dialog; its code is fetched the first time. On the
 * search page, which has no dialog, they go to the page's own box. A
 * modified key, never a bare "/", so that typing in a field or using a
 * speech or single-key tool never triggers it (WCAG 2.1.4). On a Mac only
 * ⌘K: there Ctrl+K deletes to the end of the line in text fields.
 * Without scripts the phone's button is a link to the search page, and the
 * "Ctrl K" button stays hidden; it is shown only with a keyboard at hand
 * (a fine pointer that hovers), never on a touch screen.
 */

import dialogStyles from '../styles/search-dialog.css?url';

const mac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
const shortcut = mac ? 'Meta+K' : 'Control+K';
const pageBox = document.querySelector<HTMLInputElement>('#search-page-query');
// Every page but the search page opens the dialog; the search page has its own box.
const withDialog = pageBox === null;
const openers = [...document.querySelectorAll<HTMLElement>('[data-search-open]')];

let started: Promise<{ open(): void }> | undefined;

/**
 * The dialog's stylesheet, fetched with its script when the dialog is first opened: as a URL, so
 * that the build does not link it from every page (0.8 KB gzipped that a reader who never searches
 * would load).
 */
function stylesheet(url: string): Promise<void> {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: url });
  const loaded = new Promise<void>((resolve) => {
    link.onload = link.onerror = () => resolve();
  });
  document.head.append(link);
  return loaded;
}

function openSearch(): void {
  if (!withDialog) {
    pageBox?.focus();
    pageBox?.select();
    return;
  }
  started ??= Promise.all([import('./search-dialog.ts'), stylesheet(dialogStyles)]).then(([{ mountSearchDialog }]) => mountSearchDialog());
  void started.then((search) => search.open());
}

const keyboard = matchMedia('(hover: hover) and (pointer: fine)');
for (const opener of openers) {
  opener.setAttribute('aria-keyshortcuts', shortcut);
  if (withDialog) opener.setAttribute('aria-haspopup', 'dialog');
  opener.addEventListener('click', (e) => {
    e.preventDefault();
    openSearch();
  });
  if (opener.classList.contains('search-shortcut')) {
    const modifier = opener.querySelector('kbd');
    if (modifier && mac) modifier.textContent = '⌘';
    const fit = () => (opener.hidden = !keyboard.matches);
    fit();
    keyboard.addEventListener('change', fit);
  }
}
pageBox?.setAttribute('aria-keyshortcuts', shortcut);

document.addEventListener('keydown', (e) => {
  if (e.key.toLowerCase() !== 'k' || e.altKey || e.shiftKey || !(mac ? e.metaKey : e.ctrlKey)) return;
  e.preventDefault();
  openSearch();
});
