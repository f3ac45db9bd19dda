/**
 * The table of contents, enhanced: open beside the text on wide screens, and
 * the section being read marked (aria-current="location") as the reader
 * scrolls. Without this script it is a folded list of plain links.
 */
const toc = document.querySelector<HTMLElement>('nav.toc');
const details = toc?.querySelector('details');

if (toc && details) {
  // Matches the width at which reading.css puts the contents beside the text.
  const wide = window.matchMedia('(min-width: 80rem)');
  const fit = () => (details.open = wide.matches);
  fit();
  wide.addEventListener('change', fit);

  const links = new Map<Element, HTMLAnchorElement>();
  for (const link of toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
    const heading = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (heading) links.set(heading, link);
  }
  const headings = [...links.keys()];
  // A section is the one being read once its heading passes this line, a third of the way down.
  const READING_LINE = 0.3;

  let current: HTMLAnchorElement | undefined;
  const mark = () => {
    const line = window.innerHeight * READING_LINE;
    const passed = headings.filter((h) => h.getBoundingClientRect().top <= line).at(-1);
    const link = passed ? links.get(passed) : undefined;
    if (link === current) return;
    current?.removeAttribute('aria-current');
    link?.setAttribute('aria-current', 'location');
    current = link;
  };

  // Headings crossing the reading line are the only moments the answer can change.
  const observer = new IntersectionObserver(mark, { rootMargin: `0px 0px -${100 - READING_LINE * 100}% 0px` });
  for (const h of headings) observer.observe(h);
  // A long jump (End, a link) can carry a heading past the line unobserved.
  window.addEventListener('scrollend', mark);
  mark();
}
