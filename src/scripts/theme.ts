/**
 * The theme toggle: a button that switches between the light and dark
 * palettes and remembers the choice. Until a choice is made the system
 * preference decides, and the button follows it. The inline script in
 * Base.astro reads the same storage key before first paint, so a reload
 * never flashes the other theme.
 */
const THEME_KEY = 'folio-theme';

const root = document.documentElement;
const systemDark = matchMedia('(prefers-color-scheme: dark)');
const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')];

const isDark = () => (root.dataset.theme ? root.dataset.theme === 'dark' : systemDark.matches);

function showState() {
  for (const button of buttons) button.setAttribute('aria-pressed', String(isDark()));
}

function choose(theme: 'dark' | 'light') {
  root.dataset.theme = theme;
  try {
    localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Storage can be refused (private windows, blocked cookies): the choice then lasts for this page only.
  }
  showState();
  // The graph canvas reads its colours from CSS once; this tells it to read them again.
  document.dispatchEvent(new CustomEvent('folio:themechange', { detail: { theme } }));
}

for (const button of buttons) {
  button.hidden = false;
  button.addEventListener('click', () => choose(isDark() ? 'light' : 'dark'));
}
systemDark.addEventListener('change', () => {
  showState();
  if (!root.dataset.theme) document.dispatchEvent(new CustomEvent('folio:themechange', { detail: { theme: isDark() ? 'dark' : 'light' } }));
});
showState();
