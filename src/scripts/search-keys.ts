/**
 * Arrow keys over search results, on the search page and in the search
 * dialog: ↓ moves from the box to the first result, ↑ and ↓ walk every
 * result link in reading order, ↑ from the first goes back to the box.
 * Enter on a result follows its link, as any link does.
 */
export function arrowNavigation(input: HTMLInputElement, list: HTMLElement, options: { typeBack?: boolean } = {}): void {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a[href]')];
  input.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown') return;
    const first = links()[0];
    if (!first) return;
    e.preventDefault();
    first.focus();
  });
  list.addEventListener('keydown', (e) => {
    // In the dialog, typing on a result goes on typing in the box (the key lands there).
    if (options.typeBack && e.key.length === 1 && e.key !== ' ' && !e.ctrlKey && !e.metaKey && !e.altKey) {
      input.focus();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    e.preventDefault();
    const next = e.key === 'ArrowDown' ? all[Math.min(i + 1, all.length - 1)] : all[i - 1];
    (next ?? input).focus();
  });
}
