/**
 * What a link's card shows. A citation in a paper: the entry it leads to in
 * the paper's own reference list, from this page. A work cited in a glossary
 * entry, or a glossary term: the <template> the work's or the concept's page
 * carries for it (CitationCards.astro, TermCards.astro). The other
 * links inside the collection that a reader hovers, as Quartz's popovers do
 * but without leaving the site: a contents entry shows the start of its
 * section, from this page; a "cited by" place shows the citing paragraph
 * and a related concept its definition, both read from the linked page of
 * this site, fetched once and kept.
 */
import type { CardPlacement } from './card-position.ts';

/** Every link that has a card, and a term's later mentions (span.term-mention: a card on hover or tap, no tab stop). */
export const CARD_LINKS = 'a.citation[data-ref], a.term, span.term-mention[data-term], nav.toc a[href^="#"], .cited-by a[href], ul.related a[href]';
/** Links whose first tap on a touch screen shows the card instead of following the link. */
export const TAP_CARDS = 'a.citation[data-ref], a.term, span.term-mention[data-term]';

/** A preview's text is cut after this many words: a card is a glimpse, the link has the rest. */
const PREVIEW_WORDS = 50;
// Matches the width at which reading.css puts the contents beside the text.
const tocBeside = matchMedia('(min-width: 80rem)');

export function placementFor(link: HTMLElement): CardPlacement {
  // Beside the text the contents are a column at the window's right: the card goes to its left, over the text.
  if (link.closest('nav.toc') && tocBeside.matches) return { placement: 'left-start', fallbackPlacements: ['bottom-start', 'top-start'] };
  return { placement: 'bottom-start' };
}

/**
 * A citation's or a term's card: the <template> its work's or its concept's own page carries
 * (CitationCards.astro on a reference page, TermCards.astro on a glossary entry), fetched once
 * and kept; a page that carries the template itself is not fetched. Each paper page used to carry
 * a template for every work and concept it names, about 2.5 KB gzipped a page.
 */
async function fromTemplate(link: HTMLElement): Promise<DocumentFragment | null> {
  const entry = link.dataset.ref && link instanceof HTMLAnchorElement && link.getAttribute('href')?.startsWith('#') ? fromEntry(link) : null;
  if (entry) return entry;
  // A term's slug: a mention carries it; a link's is the last segment of its address (/glossary/<slug>/).
  const term = link.dataset.term ?? (link instanceof HTMLAnchorElement && link.classList.contains('term') ? link.pathname.split('/').filter(Boolean).pop() : undefined);
  const id = link.dataset.ref ? `card-${link.dataset.ref}` : term ? `card-term-${term}` : undefined;
  if (!id) return null;
  const here = document.querySelector<HTMLTemplateElement>(`template#${CSS.escape(id)}`);
  if (here) return here.content.cloneNode(true) as DocumentFragment;
  // A later mention of a term has no address of its own: the paper links the term's first use.
  const source = link instanceof HTMLAnchorElement ? link : document.querySelector<HTMLAnchorElement>(`a.term[href$="/glossary/${CSS.escape(term ?? '')}/"]`);
  if (!source) return null;
  const doc = await page(new URL(source.href));
  const template = doc?.querySelector<HTMLTemplateElement>(`template#${CSS.escape(id)}`);
  return template ? document.importNode(template.content, true) : null;
}

/**
 * A citation's card from the entry it leads to on this page: the work as the
 * list at the paper's end gives it (formatted, with where it leads), or the
 * printed entry as its authors wrote it. The page has it already; no fetch.
 */
function fromEntry(link: HTMLAnchorElement): DocumentFragment | null {
  const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
  if (!target) return null;
  const content = document.createDocumentFragment();
  const listed = target.querySelector('.reference-entry');
  if (listed) {
    content.append(...[...listed.children].map((child) => child.cloneNode(true)));
    const about = target.querySelector<HTMLAnchorElement>('.cited-at a.about-work');
    if (about) {
      const line = document.createElement('p');
      line.append(about.cloneNode(true));
      content.append(line);
    }
    return content;
  }
  // A printed entry: the anchor opens the paragraph or list item that holds it.
  const printed = target.parentElement;
  if (!printed) return null;
  content.append(Object.assign(document.createElement('p'), { className: 'card-reference', textContent: passageText(printed) }));
  return content;
}

/** The words a reader sees in a passage, without its furniture (permalinks, page markers, MathML twins). */
function passageText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const extra of copy.querySelectorAll('.passage-link, .page-marker, .visually-hidden, .katex-mathml, [aria-hidden="true"]')) extra.remove();
  const words = (copy.textContent ?? '').split(/\s+/).filter(Boolean);
  return words.length > PREVIEW_WORDS ? `${words.slice(0, PREVIEW_WORDS).join(' ')} …` : words.join(' ');
}

function preview(title: string, passage: Element | null | undefined, lang: string): DocumentFragment | null {
  const text = passage ? passageText(passage) : '';
  if (!title && !text) return null;
  const content = document.createDocumentFragment();
  const heading = document.createElement('p');
  heading.className = 'card-title';
  // Isolated, so that a title in another direction cannot reorder what stands around it.
  heading.append(Object.assign(document.createElement('bdi'), { textContent: title }));
  content.append(heading);
  if (text) {
    const p = document.createElement('p');
    p.textContent = text;
    if (lang && lang !== document.documentElement.lang) p.lang = lang;
    content.append(p);
  }
  return content;
}

/** A contents entry: its heading and the first paragraph under it (or under its first subheading). */
function fromSection(link: HTMLAnchorElement): DocumentFragment | null {
  const heading = document.getElementById(decodeURIComponent(link.hash.slice(1)));
  if (!heading) return null;
  let next = (heading.closest('.heading-block') ?? heading).nextElementSibling;
  for (let i = 0; next && i < 8; i++, next = next.nextElementSibling) {
    if (next.matches('p:not(.missing-pages)') && next.textContent?.trim()) break;
  }
  return preview(heading.textContent?.trim() ?? '', next?.matches('p') ? next : null, '');
}

const pages = new Map<string, Promise<Document | null>>();

function page(url: URL): Promise<Document | null> {
  const key = url.pathname;
  let loading = pages.get(key);
  if (!loading) {
    loading = fetch(key)
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
      .then((html) => new DOMParser().parseFromString(html, 'text/html'))
      .catch(() => {
        pages.delete(key);
        return null;
      });
    pages.set(key, loading);
  }
  return loading;
}

/** A page of this site: its title, and the passage the link lands on, else its definition or first paragraph. */
async function fromPage(link: HTMLAnchorElement): Promise<DocumentFragment | null> {
  const url = new URL(link.href);
  if (url.origin !== location.origin) return null;
  const doc = await page(url);
  if (!doc) return null;
  const id = decodeURIComponent(url.hash.slice(1));
  const passage = id ? doc.getElementById(id) : (doc.querySelector('main .definition') ?? doc.querySelector('main article p'));
  return preview(doc.querySelector('h1')?.textContent?.trim() ?? '', passage, doc.documentElement.lang);
}

export function cardContent(link: HTMLElement): DocumentFragment | null | Promise<DocumentFragment | null> {
  if (link.matches(TAP_CARDS)) return fromTemplate(link);
  if (!(link instanceof HTMLAnchorElement)) return null;
  if (link.closest('nav.toc')) return fromSection(link);
  return fromPage(link);
}
