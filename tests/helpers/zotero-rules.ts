/**
 * What Zotero would save from a page: our own short restatement of the rules
 * in docs/zotero.md (translator priority, Embedded Metadata's type and field
 * rules, COinS parsing). Not Zotero's code and not complete: it covers the
 * tags Folio emits and the ones that could change the outcome for us. It
 * assumes no network (so a COinS span that needs an identifier look-up is
 * dropped) and no site-specific translator.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

export type MetaTag = { name?: string; property?: string; content: string; inHead?: boolean };
export type Creator = { firstName?: string; lastName: string; creatorType: string };
export type Fields = { creators?: Creator[] } & Record<string, unknown>;
export type ZoteroSave = {
  translator: 'COinS' | 'Embedded Metadata' | null;
  itemType: string;
  fields: Fields;
  /** Only when a page offers several COinS items (itemType "multiple"). */
  items?: ZoteroSave[];
};
export type PageInput = {
  /** Either tags in document order, or name -> contents (read as `name` attributes in the head). */
  meta: MetaTag[] | Record<string, string | string[]>;
  /** The `title` attributes of `span.Z3988` elements. */
  coins?: string[];
  title?: string;
  url?: string;
  canonical?: string;
  lang?: string;
};

// --- reading a page ------------------------------------------------------

const attr = (el: Element, key: string): string | undefined => {
  const v = el.properties[key];
  return v === undefined || v === null || v === false ? undefined : Array.isArray(v) ? v.join(' ') : String(v);
};
const textOf = (n: RootContent): string => (n.type === 'text' ? n.value : n.type === 'element' ? n.children.map(textOf).join('') : '');

/** The parts of an HTML page Zotero's generic translators look at. */
export function extractPage(html: string, url?: string): PageInput {
  const page: PageInput & { meta: MetaTag[]; coins: string[] } = { meta: [], coins: [], url };
  const walk = (nodes: RootContent[], inHead: boolean) => {
    for (const n of nodes) {
      if (n.type !== 'element') continue;
      const tag = n.tagName;
      if (tag === 'html') page.lang = attr(n, 'lang');
      if (tag === 'title' && page.title === undefined) page.title = textOf(n);
      if (tag === 'meta' && attr(n, 'content') !== undefined) {
        page.meta.push({ name: attr(n, 'name'), property: attr(n, 'property'), content: attr(n, 'content')!, inHead });
      }
      if (tag === 'link' && inHead && (n.properties.rel as string[] | undefined)?.includes('canonical')) page.canonical = attr(n, 'href');
      const classes = (n.properties.className as string[] | undefined) ?? [];
      if (tag === 'span' && classes.includes('Z3988') && attr(n, 'title') !== undefined) page.coins.push(attr(n, 'title')!);
      walk(n.children, inHead || tag === 'head');
    }
  };
  walk((fromHtml(html) as Root).children, false);
  return page;
}

// --- shared pieces -------------------------------------------------------

const ITEM_TYPES = new Set('note book bookSection journalArticle magazineArticle newspaperArticle thesis letter manuscript interview film artwork webpage attachment report bill case hearing patent statute email map blogPost instantMessage forumPost audioRecording presentation videoRecording tvBroadcast radioBroadcast podcast computerProgram conferencePaper document encyclopediaArticle dictionaryEntry preprint dataset standard'.split(' '));

/** Fields each common type keeps (Zotero drops the rest), and base fields it renames. */
const COMMON = 'title abstractNote date url accessDate language rights extra libraryCatalog DOI shortTitle';
const TYPE_FIELDS: Record<string, { fields: string; rename?: Record<string, string> }> = {
  journalArticle: { fields: 'publicationTitle journalAbbreviation publisher volume issue pages series ISSN' },
  magazineArticle: { fields: 'publicationTitle publisher volume issue pages ISSN' },
  newspaperArticle: { fields: 'publicationTitle publisher volume issue pages ISSN section' },
  webpage: { fields: 'websiteTitle websiteType publisher', rename: { publicationTitle: 'websiteTitle' } },
  blogPost: { fields: 'blogTitle websiteType ISSN', rename: { publicationTitle: 'blogTitle' } },
  document: { fields: 'publisher place type' },
  book: { fields: 'publisher place volume series edition numPages ISBN ISSN' },
  bookSection: { fields: 'bookTitle publisher place volume series edition pages ISBN ISSN', rename: { publicationTitle: 'bookTitle' } },
  conferencePaper: { fields: 'proceedingsTitle conferenceName publisher place volume issue pages series ISBN ISSN', rename: { publicationTitle: 'proceedingsTitle' } },
  report: { fields: 'institution reportNumber reportType pages seriesTitle ISBN ISSN', rename: { publisher: 'institution', number: 'reportNumber' } },
  thesis: { fields: 'university thesisType numPages ISBN ISSN', rename: { publisher: 'university' } },
};

/** What saving does to an item: fields the type lacks are dropped, base fields renamed. */
function forType(itemType: string, raw: Fields): Fields {
  const spec = TYPE_FIELDS[itemType];
  const out: Fields = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    const name = spec?.rename?.[key] ?? key;
    if (name === 'creators' || !spec || `${COMMON} ${spec.fields}`.split(' ').includes(name)) out[name] = value;
  }
  return out;
}

function recase(s: string): string {
  return s === s.toUpperCase() || s === s.toLowerCase() ? s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase()) : s;
}

/** One name: "Family, Given" when there is a comma, else the last word is the family name. */
export function personName(raw: string, creatorType = 'author', fix = false): Creator {
  const s = raw.replace(/^[\s.,/[\]:]+|[\s.,/[\]:]+$/g, '').replace(/\s+/g, ' ');
  const comma = s.indexOf(',');
  let [lastName, firstName] = comma >= 0 ? [s.slice(0, comma).trim(), s.slice(comma + 1).trim()] : [s.slice(s.lastIndexOf(' ') + 1), s.slice(0, Math.max(0, s.lastIndexOf(' ')))];
  if (fix && firstName) [lastName, firstName] = [recase(lastName), recase(firstName)];
  return firstName ? { firstName, lastName, creatorType } : { lastName, creatorType };
}

const cleanDoi = (s: string) => /10\.\d{4,}\/\S*[^\s.,]/.exec(s)?.[0];

// --- COinS ----------------------------------------------------------------

/** The item one COinS `title` gives, or null when it gives no type. Throws where Zotero's parser throws. */
export function parseCoins(co: string): { itemType: string; fields: Fields } | null {
  const parts = co.split('&');
  const fmt = parts.find((p) => p.startsWith('rft_val_fmt='));
  const kind = fmt && decodeURIComponent(fmt.slice(12)).replace('info:ofi/fmt:kev:mtx:', '');
  const genre = (g: string) => parts.includes(`rft.genre=${g}`);
  let itemType = ({ journal: 'journalArticle', dissertation: 'thesis', patent: 'patent', dc: 'webpage' } as Record<string, string>)[kind ?? ''];
  if (kind === 'book') itemType = genre('bookitem') ? 'bookSection' : genre('conference') || genre('proceeding') ? 'conferencePaper' : genre('report') ? 'report' : genre('document') ? 'document' : 'book';
  if (!itemType) return null;
  const f: Fields & { creators: Creator[] } = { creators: [] };
  const container = () => ['journalArticle', 'bookSection', 'conferencePaper'].includes(itemType!);
  const firstAuthor: { firstName?: string; lastName?: string } = {};
  let pagesFrom = '';
  for (const part of parts) {
    const [key, enc] = part.split('=');
    if (enc === undefined) throw new Error(`COinS part without "=": "${part}"`);
    const v = decodeURIComponent(enc.replace(/\+|%2[bB]/g, ' '));
    if (!v) continue;
    if (key === 'rft_id') {
      if (/^info:doi/i.test(v)) f.DOI = v.slice(9);
      else if (/^urn:isbn/i.test(v)) f.ISBN = v.slice(9);
      else if (/^https?:\/\//.test(v)) f.url = v;
    } else if (key === 'rft.atitle' && container()) f.title = v;
    else if (key === 'rft.btitle') {
      if (itemType === 'book' || itemType === 'report') f.title = v;
      else if (itemType === 'bookSection' || itemType === 'conferencePaper') f.publicationTitle = v;
    } else if (key === 'rft.jtitle' && itemType === 'journalArticle') f.publicationTitle = v;
    else if (key === 'rft.stitle' && itemType === 'journalArticle') f.journalAbbreviation = v;
    else if (key === 'rft.title') f[container() ? 'publicationTitle' : 'title'] = v;
    else if (key === 'rft.au' || key === 'rft.creator' || key === 'rft.contributor') f.creators.push(personName(v, key === 'rft.contributor' ? 'contributor' : 'author'));
    else if (key === 'rft.aulast') firstAuthor.lastName = v;
    else if (key === 'rft.aufirst') firstAuthor.firstName = v;
    else if (key === 'rft.pages') [f.pages, pagesFrom] = [v, key];
    else if ((key === 'rft.spage' || key === 'rft.epage') && pagesFrom !== 'rft.pages') {
      // A start and an end page, in either order, make "start-end"; rft.pages beats both.
      const other = key === 'rft.spage' ? 'rft.epage' : 'rft.spage';
      f.pages = pagesFrom === other && v !== f.pages ? (key === 'rft.spage' ? `${v}-${f.pages}` : `${f.pages}-${v}`) : v;
      pagesFrom = key;
    }
    else if (key === 'rft.type' && itemType !== 'thesis' && itemType !== 'patent') { if (ITEM_TYPES.has(v)) itemType = v; }
    else {
      const simple: Record<string, string> = { 'rft.date': 'date', 'rft.volume': 'volume', 'rft.issue': 'issue', 'rft.issn': 'ISSN', 'rft.pub': 'publisher', 'rft.publisher': 'publisher', 'rft.place': 'place', 'rft.edition': 'edition', 'rft.series': 'series' };
      const dcOnly: Record<string, string> = { 'rft.description': 'abstractNote', 'rft.language': 'language', 'rft.rights': 'rights', 'rft.source': 'publicationTitle' };
      if (simple[key!]) f[simple[key!]!] = v;
      else if (dcOnly[key!] && itemType !== 'thesis' && itemType !== 'patent') f[dcOnly[key!]!] = v;
      else if (key === 'rft.identifier' && /^https?:\/\//.test(v)) f.url = v;
    }
  }
  // The aulast/aufirst author goes first unless an rft.au already names the same person.
  if (firstAuthor.lastName && !f.creators.some((c) => c.lastName === firstAuthor.lastName && (c.firstName ?? '').startsWith(firstAuthor.firstName ?? ''))) {
    f.creators.unshift(firstAuthor.firstName ? { firstName: firstAuthor.firstName, lastName: firstAuthor.lastName, creatorType: 'author' } : { lastName: firstAuthor.lastName, creatorType: 'author' });
  }
  return { itemType, fields: f };
}

// --- Embedded Metadata --------------------------------------------------

const PREFIXES = new Set('bib bibo dc dcterms prism foaf vcard link z eprint eprints og article book music video so codemeta rdf'.split(' '));
const FIRM_HW: Record<string, string> = { citation_journal_title: 'journalArticle', citation_technical_report_institution: 'report', citation_conference_title: 'conferencePaper', citation_conference: 'conferencePaper', citation_book_title: 'bookSection', citation_inbook_title: 'bookSection', citation_dissertation_institution: 'thesis' };

/** A prefixed tag as the RDF statement it becomes ("DC.Creator" -> "dc:creator"), or undefined. */
function statementKey(tag: string): string | undefined {
  const parts = tag.split(/[.:_]/);
  let prefix = parts.length > 2 ? parts[1]!.toLowerCase() : undefined;
  let cut = prefix && PREFIXES.has(prefix) ? parts[0]!.length + parts[1]!.length + 1 : undefined;
  if (cut === undefined) [prefix, cut] = [parts[0]!.toLowerCase(), parts[0]!.length];
  if (!PREFIXES.has(prefix!)) return undefined;
  const prop = tag.slice(cut + 1);
  return `${prefix === 'eprint' ? 'eprints' : prefix}:${prop.charAt(0).toLowerCase()}${prop.slice(1)}`;
}

const DC_TYPES: Record<string, string> = { webpage: 'webpage', homepage: 'webpage', article: 'journalArticle', journalarticle: 'journalArticle', journalitem: 'journalArticle', 'text.serial.journal': 'journalArticle', book: 'book', report: 'report', thesis: 'thesis', patent: 'patent', bookitem: 'bookSection', bookchapter: 'bookSection', conferencepaper: 'conferencePaper', conferenceitem: 'conferencePaper', newsitem: 'newspaperArticle' };
const OG_TYPES: Record<string, string> = { website: 'webpage', book: 'book', 'music.song': 'audioRecording', 'music.album': 'audioRecording', 'video.movie': 'videoRecording', 'video.episode': 'videoRecording', 'video.tv_show': 'videoRecording', 'video.other': 'videoRecording' };

function embeddedMetadata(page: PageInput, tags: MetaTag[]): ZoteroSave | null {
  // Type hints, in document order (EM init).
  const statements: [string, string][] = [];
  let hwType: string | undefined, hwGuess: string | undefined, generatorType: string | undefined;
  for (const t of tags) {
    for (const tag of (t.name || t.property || '').split(/\s+/).filter(Boolean)) {
      const key = statementKey(tag);
      if (key) statements.push([key, t.content]);
      else if (tag.toLowerCase() === 'generator') { if (/blogger|wordpress|wooframework/i.test(t.content)) generatorType = 'blogPost'; }
      else {
        const short = tag.slice(tag.lastIndexOf('citation_'));
        if (FIRM_HW[short]) hwType = FIRM_HW[short];
        else if (short === 'citation_title' || short === 'citation_series_title') hwGuess ??= 'journalArticle';
        else if (short === 'citation_isbn') hwGuess = 'book';
      }
    }
  }
  if (!statements.length && !hwType && !hwGuess && !generatorType) return null; // EM does not detect
  const st = (...keys: string[]) => { for (const k of keys) { const hit = statements.find(([s]) => s === k); if (hit) return hit[1]; } return undefined; };
  const stAll = (...keys: string[]) => { for (const k of keys) { const hits = statements.filter(([s]) => s === k); if (hits.length) return hits.map(([, v]) => v); } return []; };

  // Item type: firm Highwire > z.itemType > og:type > DC.type > default > weak guesses.
  let itemType: string;
  if (hwType) itemType = hwType;
  else if (!statements.length) itemType = (hwGuess ?? generatorType)!;
  else {
    const z = st('z:itemType', 'z:type');
    const og = st('og:type');
    const dcRaw = st('dc:type', 'dcterms:type');
    const dc = dcRaw && (ITEM_TYPES.has(dcRaw) ? dcRaw : DC_TYPES[dcRaw.toLowerCase().replace(/\s/g, '')]);
    // The default ends in "webpage" whenever there are statements, so the weak guesses
    // (og:type "article", DC.type "Text" -> journalArticle) are never reached.
    itemType = (z && ITEM_TYPES.has(z) ? z : undefined) ?? OG_TYPES[og ?? ''] ?? dc ?? hwGuess ?? generatorType ?? 'webpage';
  }

  // Highwire values: `name` attributes in the head, matched by their ending; first one wins.
  const named = tags.filter((t) => t.name && t.inHead !== false);
  const hwAll = (n: string) => named.filter((t) => t.name!.endsWith(n)).map((t) => t.content);
  const hw = (n: string) => hwAll(n).find((v) => v.trim())?.trim().replace(/\s+/g, ' ');

  // 1. RDF (prefixed tags).
  const f: Fields = {};
  f.title = st('dc:title', 'dcterms:title', 'eprints:title', 'og:title', 'so:headline');
  f.creators = stAll('dc:creator', 'dcterms:creator', 'dc:contributor', 'dcterms:contributor').map((v) => personName(v, 'author'));
  f.publicationTitle = st('prism:publicationName', 'eprints:publication', 'dc:source', 'dcterms:source');
  if (!f.publicationTitle && ['webpage', 'blogPost', 'newspaperArticle'].includes(itemType)) f.publicationTitle = st('og:site_name');
  f.volume = st('prism:volume', 'bibo:volume');
  f.issue = st('prism:number', 'bibo:issue');
  const sp = st('prism:startingPage'), ep = st('prism:endingPage');
  f.pages = st('prism:pageRange', 'bibo:pages') ?? (sp ? (ep ? `${sp}-${ep}` : sp) : undefined);
  f.publisher = st('dc:publisher', 'dcterms:publisher');
  f.date = st('prism:publicationDate', 'og:published_time', 'article:published_time', 'dc:date.issued', 'dcterms:issued', 'dc:date', 'dcterms:date', 'so:datePublished');
  f.ISSN = st('prism:issn', 'prism:eIssn', 'bibo:issn');
  f.DOI = st('dc:identifier.DOI', 'prism:doi', 'bibo:doi') ?? stAll('dc:identifier', 'dcterms:identifier').map((v) => cleanDoi(v)).find(Boolean);
  f.url = st('og:url', 'prism:url', 'bibo:uri', 'so:url');
  f.abstractNote = st('eprints:abstract', 'prism:teaser', 'og:description', 'bibo:abstract', 'dcterms:abstract', 'dc:description.abstract', 'dcterms:description.abstract', 'so:description') ?? st('dc:description', 'dcterms:description');
  f.language = st('dc:language', 'dcterms:language', 'so:inLanguage');
  const dcType = st('dc:type', 'dcterms:type');
  f.websiteType = f.reportType = f.thesisType = dcType;

  // 2. Highwire overrides (map order: a later tag of the same field wins).
  const map: [string, string][] = [['citation_title', 'title'], ['citation_publication_date', 'date'], ['citation_cover_date', 'date'], ['citation_date', 'date'], ['citation_journal_title', 'publicationTitle'], ['citation_journal_abbrev', 'journalAbbreviation'], ['citation_inbook_title', 'publicationTitle'], ['citation_book_title', 'bookTitle'], ['citation_volume', 'volume'], ['citation_issue', 'issue'], ['citation_series_title', 'series'], ['citation_conference_title', 'conferenceName'], ['citation_conference', 'conferenceName'], ['citation_dissertation_institution', 'university'], ['citation_technical_report_institution', 'institution'], ['citation_technical_report_number', 'number'], ['citation_publisher', 'publisher'], ['citation_abstract', 'abstractNote'], ['citation_doi', 'DOI'], ['citation_public_url', 'url'], ['citation_language', 'language']];
  for (const [tag, field] of map) { const v = hw(tag); if (v) f[field] = v; }
  const isbn = hwAll('citation_isbn').join(', ');
  if (isbn.trim()) f.ISBN = isbn;
  const people = (role: string, ...names: string[]) => {
    const nodes = names.map((n) => named.filter((t) => t.name!.endsWith(n)).map((t) => t.content)).find((l) => l.length) ?? [];
    const out: Creator[] = [];
    let last: string | undefined;
    for (const node of nodes) {
      let list = node.split(/\s*;\s*/);
      const byComma = list[0]!.split(/\s*,\s*/);
      if (list.length === 1 && nodes.length === 1 && byComma.length > 1 && byComma[0]!.includes(' ') && byComma[1]!.includes(' ')) list = byComma; // read as a list of people
      for (const p of list.map((s) => s.trim())) {
        if (!/[^\s,\-.;]/.test(p) || p === last) continue;
        last = p;
        out.push(personName(p, role, true));
      }
    }
    return out;
  };
  const hwPeople = [...people('author', 'citation_author', 'citation_authors'), ...people('editor', 'citation_editor', 'citation_editors')];
  if (hwPeople.length) f.creators = hwPeople;
  let first = hw('citation_firstpage')?.replace(/–/g, '-'), last = hw('citation_lastpage')?.replace(/–/g, '-');
  if (first?.includes('-')) [first, last] = [first.split(/\s*-\s*/)[0], last ?? first.split(/\s*-\s*/)[1]];
  if (first) f.pages = last ? `${first}-${last}` : first;
  f.date ||= hw('citation_online_date') ?? hw('citation_year');
  const issn = [hwAll('citation_issn'), hwAll('citation_ISSN'), hwAll('citation_eIssn')].find((l) => l.length)?.join(', ');
  if (issn) f.ISSN = issn;
  const pmid = hw('citation_pmid');
  if (pmid) f.extra = `PMID: ${pmid}`;
  f.url ||= hw('citation_abstract_html_url') ?? hw('citation_fulltext_html_url');

  // 3. Low-quality fallbacks.
  f.title ||= page.title;
  if (typeof f.title === 'string' && typeof f.publicationTitle === 'string') {
    const esc = f.publicationTitle.replace(/[()[\]$^*+.?|\\{}]/g, '\\$&');
    f.title = f.title.replace(/\s+/g, ' ').replace(new RegExp(`\\s*[-–—=_:|~#]\\s*${esc}\\s*$`, 'i'), '');
  }
  if (!f.creators.length) {
    const authorTags = tags.filter((t) => (t.name ?? t.property)?.toLowerCase() === 'author').map((t) => t.content);
    const ogAuthors = tags.filter((t) => t.property === 'article:author' && !/(https?:\/\/)?[\da-z.-]+\.[a-z.]{2,6}/.test(t.content)).map((t) => t.content);
    f.creators = (authorTags.length ? authorTags : ogAuthors).map((a) => personName(a));
  }
  f.abstractNote ||= tags.find((t) => t.name?.toLowerCase() === 'description')?.content.trim().replace(/\s+/g, ' ');
  f.url ||= page.canonical ?? page.url;
  f.language ||= tags.find((t) => t.name?.toLowerCase() === 'language')?.content ?? page.lang;
  if (page.url) f.libraryCatalog = new URL(page.url).host;
  f.accessDate = 'CURRENT_TIMESTAMP';

  // 4. Cleanup: no automatic tags; DOI reduced to 10.…; the URL as a last-resort title.
  if (typeof f.DOI === 'string') f.DOI = cleanDoi(f.DOI);
  if (f.url && page.url) f.url = new URL(String(f.url), page.url).href;
  f.title ||= f.url;
  return { translator: 'Embedded Metadata', itemType, fields: forType(itemType, f) };
}

// --- the whole decision -------------------------------------------------

function asTags(meta: PageInput['meta']): MetaTag[] {
  if (Array.isArray(meta)) return meta;
  return Object.entries(meta).flatMap(([name, v]) => (Array.isArray(v) ? v : [v]).map((content) => ({ name, content, inHead: true })));
}

/** What Zotero (translation-server, offline) saves from a page, or null when it saves nothing. */
export function zoteroSave(page: PageInput): ZoteroSave | null {
  const tags = asTags(page.meta).filter((t) => t.content !== '');
  // COinS (priority 310) comes before Embedded Metadata (320) whenever a span parses to a type.
  let parsed: ({ itemType: string; fields: Fields } | null)[] | undefined;
  try {
    parsed = (page.coins ?? []).map(parseCoins);
  } catch {
    parsed = undefined; // a span Zotero cannot parse makes COinS fail to detect
  }
  if (parsed?.some(Boolean)) {
    // Titleless spans need an online look-up by identifier; offline they are dropped.
    const items = parsed.filter((p) => p && p.fields.title).map((p): ZoteroSave => ({ translator: 'COinS', itemType: p!.itemType, fields: forType(p!.itemType, p!.fields) }));
    if (items.length === 0) return null; // COinS ran and found nothing: nothing else runs
    return items.length === 1 ? items[0]! : { translator: 'COinS', itemType: 'multiple', fields: {}, items };
  }
  const em = embeddedMetadata(page, tags);
  if (em) return em;
  // No translator: translation-server's own bare webpage.
  const description = tags.find((t) => t.name === 'description')?.content;
  return { translator: null, itemType: 'webpage', fields: forType('webpage', { title: page.title, url: page.url, abstractNote: description, accessDate: 'CURRENT_TIMESTAMP' }) };
}

/** Shorthand: what Zotero saves from an HTML page at `url`. */
export const zoteroSaveHtml = (html: string, url = 'https://folio.example/page/') => zoteroSave(extractPage(html, url));
