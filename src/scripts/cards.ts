/**
 * Cards for citations and glossary terms: hovering, focusing or tapping one
 * shows a small card (the cited work, or the term's definition, from a
 * <template> the page carries) beside it. It
 * closes on Escape, when focus or the pointer leaves, and never takes focus,
 * so keyboard users tab on as before. Without this script the citation is a
 * plain link to the reference page.
 */
const card = document.createElement('div');
card.className = 'card';
card.id = 'citation-card';
card.setAttribute('role', 'tooltip');
card.hidden = true;
// Inside main, so the card sits in a landmark for assistive technology.
(document.querySelector('main') ?? document.body).append(card);
let owner: HTMLAnchorElement | null = null;
let closeTimer: ReturnType<typeof setTimeout> | undefined;

function templateFor(link: HTMLAnchorElement): HTMLTemplateElement | null {
  // A term's slug is the last segment of its glossary link (/glossary/<slug>/).
  const term = link.classList.contains('term') ? link.pathname.split('/').filter(Boolean).pop() : undefined;
  const id = link.dataset.ref ? `card-${link.dataset.ref}` : term ? `card-term-${term}` : undefined;
  return id ? document.querySelector<HTMLTemplateElement>(`template#${CSS.escape(id)}`) : null;
}

function open(link: HTMLAnchorElement): void {
  const template = templateFor(link);
  if (!template) return;
  clearTimeout(closeTimer);
  if (owner && owner !== link) owner.removeAttribute('aria-describedby');
  owner = link;
  card.replaceChildren(template.content.cloneNode(true));
  card.hidden = false;
  link.setAttribute('aria-describedby', card.id);
  const box = link.getBoundingClientRect();
  const width = Math.min(360, document.documentElement.clientWidth - 16);
  card.style.width = `${width}px`;
  card.style.left = `${Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8))}px`;
  card.style.top = `${box.bottom + window.scrollY + 6}px`;
}

function close(): void {
  card.hidden = true;
  owner?.removeAttribute('aria-describedby');
  owner = null;
}

const citation = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>('a.citation[data-ref], a.term') : null);

document.addEventListener('pointerover', (e) => {
  const link = citation(e.target);
  if (link && e.pointerType !== 'touch') open(link);
});
document.addEventListener('pointerout', (e) => {
  const link = citation(e.target);
  const into = e.relatedTarget instanceof Node && (card.contains(e.relatedTarget) || link?.contains(e.relatedTarget));
  if (link && !into) closeTimer = setTimeout(close, 300);
});
card.addEventListener('pointerenter', () => clearTimeout(closeTimer));
card.addEventListener('pointerleave', () => (closeTimer = setTimeout(close, 300)));
document.addEventListener('focusin', (e) => {
  const link = citation(e.target);
  if (link) open(link);
  else if (!(e.target instanceof Node && card.contains(e.target))) close();
});
document.addEventListener('focusout', (e) => {
  if (citation(e.target) && !(e.relatedTarget instanceof Node && card.contains(e.relatedTarget))) close();
});
// A first tap on a touch screen shows the card; a second follows the link.
// Whether the card was already open is read at pointerdown, before the tap's
// focus opens it.
let tapOnOpenCard: boolean | undefined;
document.addEventListener('pointerdown', (e) => {
  const link = citation(e.target);
  tapOnOpenCard = link && e.pointerType !== 'mouse' ? owner === link && !card.hidden : undefined;
});
document.addEventListener('click', (e) => {
  const link = citation(e.target);
  if (!link || tapOnOpenCard === undefined) return;
  const follow = tapOnOpenCard;
  tapOnOpenCard = undefined;
  if (follow) return;
  e.preventDefault();
  open(link);
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !card.hidden) close();
});
