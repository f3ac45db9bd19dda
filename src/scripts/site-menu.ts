/**
 * The phone header's "Menu" disclosure, enhanced: Escape or a tap outside
 * folds it again, as a menu is expected to. On wide screens its content
 * stands unfolded in the header whatever its state (header.css); it is
 * opened there too, so that browsers without ::details-content, which
 * cannot unfold it by CSS, show the links as well.
 */
const menu = document.querySelector<HTMLDetailsElement>('details.site-menu');

if (menu) {
  // The width at which header.css lays the links out in the header line.
  const wide = matchMedia('(width >= 40rem)');
  const fit = () => (menu.open = wide.matches);
  fit();
  wide.addEventListener('change', fit);

  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !menu.open || wide.matches) return;
    menu.open = false;
    menu.querySelector('summary')?.focus();
  });
  document.addEventListener('pointerdown', (e) => {
    if (menu.open && !wide.matches && e.target instanceof Node && !menu.contains(e.target)) menu.open = false;
  });
}
