/**
 * Cards: hovering, focusing or tapping a citation or a glossary term shows a
 * small card beside it (the cited work, the term's definition); hovering or
 * focusing a contents entry, a related concept or a "cited by" place shows a
 * glimpse of where it leads (card-content.ts says what each shows,
 * card-position.ts where it stands). A card closes on Escape, when focus or
 * the pointer leaves, and never takes focus, so keyboard users tab on as
 * before. Without this script every one of these is a plain link.
 */
import { CARD_LINKS, cardContent, placementFor, TAP_CARDS } from './card-content.ts';

const card = document.createElement('div');
card.className = 'card';
card.id = 'citation-card';
card.setAttribute('role', 'tooltip');
card.hidden = true;
// Inside main, so the card sits in a landmark for assistive technology.
(document.querySelector('main') ?? document.body).append(card);
// Term mentions show cards now: glossary.css marks them as something to hover.
document.documentElement.dataset.cards = '';
let owner: HTMLElement | null = null;
let closeTimer: ReturnType<typeof setTimeout> | undefined;
let stopFollowing: (() => void) | undefined;

// Floating UI is fetched with the first card a reader asks for, not with every page.
let positioning: Promise<typeof import('./card-position.ts')> | undefined;
const position = () => (positioning ??= import('./card-position.ts'));

async function open(link: HTMLElement): Promise<void> {
  clearTimeout(closeTimer);
  if (owner === link) return;
  if (owner) close();
  owner = link;
  const [content, { follow }] = await Promise.all([cardContent(link), position()]);
  // Another link, or a close, came while the content or the positioning loaded.
  if (owner !== link) return;
  if (!content) {
    owner = null;
    return;
  }
  card.replaceChildren(content);
  // Shown once placed, so that it never flashes where it was last.
  card.style.visibility = 'hidden';
  card.hidden = false;
  link.setAttribute('aria-describedby', card.id);
  stopFollowing = follow(link, card, placementFor(link), () => (card.style.visibility = ''));
}

function close(): void {
  stopFollowing?.();
  stopFollowing = undefined;
  card.hidden = true;
  owner?.removeAttribute('aria-describedby');
  owner = null;
}

const cardLink = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>(CARD_LINKS) : null);

document.addEventListener('pointerover', (e) => {
  const link = cardLink(e.target);
  if (link && e.pointerType !== 'touch') void open(link);
});
document.addEventListener('pointerout', (e) => {
  const link = cardLink(e.target);
  const into = e.relatedTarget instanceof Node && (card.contains(e.relatedTarget) || link?.contains(e.relatedTarget));
  if (link && !into) closeTimer = setTimeout(close, 300);
});
card.addEventListener('pointerenter', () => clearTimeout(closeTimer));
card.addEventListener('pointerleave', () => (closeTimer = setTimeout(close, 300)));

// A tap focuses the link it follows: only citations and terms show a card for it (below).
let touched = false;
document.addEventListener('focusin', (e) => {
  const link = cardLink(e.target);
  if (link && !(touched && !link.matches(TAP_CARDS))) void open(link);
  else if (!(e.target instanceof Node && card.contains(e.target))) close();
});
document.addEventListener('focusout', (e) => {
  if (cardLink(e.target) && !(e.relatedTarget instanceof Node && card.contains(e.relatedTarget))) close();
});

// A first tap on a touch screen shows a citation's or a term's card; a
// second follows the link. Whether the card was already open is read at
// pointerdown, before the tap's focus opens it.
let tapOnOpenCard: boolean | undefined;
document.addEventListener('pointerdown', (e) => {
  touched = e.pointerType === 'touch';
  const link = cardLink(e.target);
  tapOnOpenCard = link?.matches(TAP_CARDS) && e.pointerType !== 'mouse' ? owner === link && !card.hidden : undefined;
});
document.addEventListener('keydown', () => (touched = false), { capture: true });
document.addEventListener('click', (e) => {
  const link = cardLink(e.target);
  if (!link || tapOnOpenCard === undefined) return;
  const follow = tapOnOpenCard;
  tapOnOpenCard = undefined;
  if (follow) return;
  e.preventDefault();
  void open(link);
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && owner) close();
});
