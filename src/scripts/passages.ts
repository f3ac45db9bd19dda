/**
 * "Cite this passage": with JavaScript, the ¶ link after a paragraph copies
 * its pinpoint citation and URL ("Li, 2026, p. 43. https://…#b7") and says
 * so; without, it is a plain permalink to the paragraph.
 */
const copyStatus = document.createElement('p');
copyStatus.className = 'visually-hidden';
copyStatus.setAttribute('role', 'status');
(document.querySelector('main') ?? document.body).append(copyStatus);

document.addEventListener('click', (e) => {
  const link = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a.passage-link[data-cite]') : null;
  if (!link || !navigator.clipboard) return;
  e.preventDefault();
  history.replaceState(null, '', link.hash);
  // "Zhang, n.d." already ends its sentence: no second full stop.
  const cite = link.dataset.cite ?? '';
  const text = `${cite}${/[.!?]$/.test(cite) ? '' : '.'} ${link.href}`;
  void navigator.clipboard.writeText(text).then(
    () => {
      copyStatus.textContent = `Copied: ${text}`;
      link.classList.add('copied');
      setTimeout(() => link.classList.remove('copied'), 1500);
    },
    () => (location.hash = link.hash),
  );
});
