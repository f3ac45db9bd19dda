/**
 * Ctrl+K (⌘K on a Mac) focuses the search box from anywhere on the page. A
 * modified key, never a bare "/", so that typing in a field or using a
 * speech or single-key tool never triggers it (WCAG 2.1.4). On a Mac only ⌘K:
 * there Ctrl+K deletes to the end of the line in text fields.
 */
const mac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** The search page's own box when there is one, else the header's. */
function searchBox(): HTMLInputElement | null {
  return document.querySelector<HTMLInputElement>('#search-page-query') ?? document.querySelector<HTMLInputElement>('#site-search');
}

const box = searchBox();
if (box) {
  box.setAttribute('aria-keyshortcuts', mac ? 'Meta+K' : 'Control+K');
  // The hint is shown only where the shortcut leads, and only when scripts run.
  const hint = box.form?.querySelector<HTMLElement>('.search-shortcut');
  if (hint) {
    const modifier = hint.querySelector('kbd');
    if (modifier && mac) modifier.textContent = '⌘';
    hint.hidden = false;
    box.setAttribute('aria-describedby', hint.id);
  }
}

document.addEventListener('keydown', (e) => {
  if (e.key.toLowerCase() !== 'k' || e.altKey || e.shiftKey || !(mac ? e.metaKey : e.ctrlKey)) return;
  const target = searchBox();
  if (!target) return;
  e.preventDefault();
  target.focus();
  target.select();
});
