/**
 * The rules of docs/zotero.md, one small page each: which translator Zotero
 * runs, which item type it picks and which tag fills which field.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPage, parseCoins, zoteroSave, zoteroSaveHtml } from '../helpers/zotero-rules.ts';

const URL_ = 'https://folio.example/papers/web-article/';
const page = (head: string, body = '') => `<!doctype html><html lang="en"><head><title>Page · Folio</title>${head}</head><body><main>${body}</main></body></html>`;
const meta = (name: string, content: string) => `<meta name="${name}" content="${content}">`;
const prop = (property: string, content: string) => `<meta property="${property}" content="${content}">`;
const coinsSpan = (title: string) => `<span class="Z3988" title="${title.replace(/&/g, '&amp;')}"></span>`;
const save = (html: string) => zoteroSaveHtml(html, URL_);
/** Folio's shared head: description, Open Graph and canonical link. */
const folioHead = (ogType: string, description = 'A Title. By Jane Doe, in Example Site, 2024.') =>
  meta('description', description) + prop('og:site_name', 'Folio') + prop('og:title', 'A Title') + prop('og:type', ogType) + prop('og:description', description) + prop('og:url', URL_) + `<link rel="canonical" href="${URL_}">`;

test('extractPage reads meta tags (name or property), COinS titles, <title>, canonical and lang', () => {
  const p = extractPage(page(meta('citation_title', 'T') + prop('og:type', 'website') + `<link rel="canonical" href="${URL_}">`, coinsSpan('rft_val_fmt=x&rft.title=y') + '<span class="other" title="no"></span>'), URL_);
  assert.deepEqual(p.meta, [{ name: 'citation_title', property: undefined, content: 'T', inHead: true }, { name: undefined, property: 'og:type', content: 'website', inHead: true }]);
  assert.deepEqual(p.coins, ['rft_val_fmt=x&rft.title=y']);
  assert.equal(p.title, 'Page · Folio');
  assert.equal(p.canonical, URL_);
  assert.equal(p.lang, 'en');
});

test('citation_title with og:type "article" and DC.type "Text" is saved as a journal article', () => {
  const r = save(page(folioHead('article') + meta('citation_title', 'A Title') + meta('citation_author', 'Doe, Jane') + meta('DC.type', 'Text')));
  assert.equal(r?.translator, 'Embedded Metadata');
  assert.equal(r?.itemType, 'journalArticle', 'citation_title makes journalArticle the default; og:type article and DC.type Text are weaker guesses');
});

test('og:type "website" makes the same page a webpage; og:site_name becomes its website title', () => {
  const r = save(page(folioHead('website') + meta('citation_title', 'A Title') + meta('citation_author', 'Doe, Jane')));
  assert.equal(r?.itemType, 'webpage');
  assert.equal(r?.fields.websiteTitle, 'Folio');
  assert.equal(r?.fields.websiteType, undefined);
});

test('DC.type "webpage" is also enough, but it is copied into Website Type', () => {
  const r = save(page(folioHead('article') + meta('citation_title', 'A Title') + meta('DC.type', 'webpage')));
  assert.equal(r?.itemType, 'webpage');
  assert.equal(r?.fields.websiteType, 'webpage');
  const text = save(page(folioHead('website') + meta('citation_title', 'A Title') + meta('DC.type', 'Text')));
  assert.equal(text?.itemType, 'webpage', 'og:type is read before DC.type');
  assert.equal(text?.fields.websiteType, 'Text');
});

test('prism.publicationName (or DC.source) names the website instead of og:site_name', () => {
  const r = save(page(folioHead('website') + meta('citation_title', 'A Title') + meta('prism.publicationName', 'Example Site')));
  assert.equal(r?.fields.websiteTitle, 'Example Site');
  assert.equal(save(page(folioHead('website') + meta('citation_title', 'A Title') + meta('DC.source', 'Example Site')))?.fields.websiteTitle, 'Example Site');
});

test('a firm Highwire tag (citation_journal_title, …) beats og:type and DC.type', () => {
  const types: [string, string][] = [['citation_journal_title', 'journalArticle'], ['citation_conference_title', 'conferencePaper'], ['citation_inbook_title', 'bookSection'], ['citation_dissertation_institution', 'thesis'], ['citation_technical_report_institution', 'report']];
  for (const [tag, itemType] of types) {
    const r = save(page(folioHead('website') + meta('DC.type', 'webpage') + meta('citation_title', 'A Title') + meta(tag, 'Something')));
    assert.equal(r?.itemType, itemType, tag);
  }
});

test('without citation_title, Dublin Core or Open Graph tags alone give a webpage', () => {
  const r = save(page(folioHead('article') + meta('DC.title', 'A Title') + meta('DC.creator', 'Doe, Jane') + meta('DC.date', '2024')));
  assert.equal(r?.itemType, 'webpage');
  assert.equal(r?.fields.title, 'A Title');
  assert.deepEqual(r?.fields.creators, [{ firstName: 'Jane', lastName: 'Doe', creatorType: 'author' }]);
  assert.equal(r?.fields.date, '2024');
});

test('a journal article: every Highwire field lands where it should', () => {
  const r = save(page(
    folioHead('article') +
      meta('citation_title', 'Global Chains') + meta('citation_author', 'Gereffi, Gary') + meta('citation_author', 'Korzeniewicz, Miguel') +
      meta('citation_publication_date', '1994/05/01') + meta('citation_journal_title', 'Journal of Chains') + meta('citation_volume', '12') +
      meta('citation_issue', '3') + meta('citation_firstpage', '95') + meta('citation_lastpage', '122') + meta('citation_doi', 'https://doi.org/10.1234/abc.5') +
      meta('citation_issn', '1234-5678') + meta('citation_language', 'en') + meta('citation_fulltext_html_url', URL_) + meta('citation_reference', 'citation_title=Other'),
  ));
  assert.equal(r?.itemType, 'journalArticle');
  assert.deepEqual(r?.fields, {
    title: 'Global Chains',
    creators: [{ firstName: 'Gary', lastName: 'Gereffi', creatorType: 'author' }, { firstName: 'Miguel', lastName: 'Korzeniewicz', creatorType: 'author' }],
    publicationTitle: 'Journal of Chains',
    volume: '12',
    issue: '3',
    pages: '95-122',
    date: '1994/05/01',
    ISSN: '1234-5678',
    DOI: '10.1234/abc.5',
    url: URL_,
    abstractNote: 'A Title. By Jane Doe, in Example Site, 2024.',
    language: 'en',
    libraryCatalog: 'folio.example',
    accessDate: 'CURRENT_TIMESTAMP',
  }, 'citation_reference fills nothing; the description became the abstract');
});

test('url: citation_public_url beats og:url, which beats citation_fulltext_html_url', () => {
  const head = folioHead('article') + meta('citation_title', 'T') + meta('citation_fulltext_html_url', 'https://folio.example/full/');
  assert.equal(save(page(head))?.fields.url, URL_);
  assert.equal(save(page(head + meta('citation_public_url', 'https://original.example/a')))?.fields.url, 'https://original.example/a');
});

test('the description is the abstract unless citation_abstract gives one', () => {
  const only = save(page(meta('description', 'A citation sentence.') + meta('citation_title', 'T')));
  assert.equal(only?.fields.abstractNote, 'A citation sentence.', 'plain description as last resort');
  const og = save(page(meta('description', 'plain') + prop('og:description', 'from og') + meta('citation_title', 'T')));
  assert.equal(og?.fields.abstractNote, 'from og', 'og:description comes before the plain description');
  const dc = save(page(meta('description', 'plain') + meta('DC.description', 'from DC') + meta('citation_title', 'T')));
  assert.equal(dc?.fields.abstractNote, 'from DC');
  const real = save(page(folioHead('article') + meta('citation_title', 'T') + meta('citation_abstract', 'The real abstract.')));
  assert.equal(real?.fields.abstractNote, 'The real abstract.');
  const none = save(page(prop('og:title', 'T') + meta('citation_title', 'T') + meta('citation_abstract', ' ')));
  assert.equal(none?.fields.abstractNote, undefined, 'no description, no abstract; an empty citation_abstract is skipped');
});

test('dates: citation_date beats citation_publication_date; citation_year is a fallback', () => {
  assert.equal(save(page(meta('citation_title', 'T') + meta('citation_date', '2001') + meta('citation_publication_date', '1999')))?.fields.date, '2001');
  assert.equal(save(page(meta('citation_title', 'T') + meta('citation_year', '1999')))?.fields.date, '1999');
});

test('one citation_author "Family Part, Given Part" is read as two people', () => {
  const one = save(page(meta('citation_title', 'T') + meta('citation_author', 'van der Berg, Anna Maria')));
  assert.deepEqual(one?.fields.creators, [{ firstName: 'Van Der', lastName: 'Berg', creatorType: 'author' }, { firstName: 'Anna', lastName: 'Maria', creatorType: 'author' }]);
  const guarded = save(page(meta('citation_title', 'T') + meta('citation_author', 'van der Berg, Anna Maria;')));
  assert.deepEqual(guarded?.fields.creators, [{ firstName: 'Anna Maria', lastName: 'van der Berg', creatorType: 'author' }], 'a semicolon stops the split');
  const two = save(page(meta('citation_title', 'T') + meta('citation_author', 'van der Berg, Anna Maria') + meta('citation_author', 'Doe, Jane')));
  assert.equal(two?.fields.creators?.length, 2, 'with two tags each is one person');
});

test('Highwire tags given as property= set the type guess but fill no field', () => {
  const r = save(page(prop('og:title', 'From OG') + prop('citation_title', 'From Highwire')));
  assert.equal(r?.itemType, 'journalArticle', 'the type hints read name or property');
  assert.equal(r?.fields.title, 'From OG', 'the Highwire fields read only name=');
});

test('keywords never become tags when Embedded Metadata runs on its own', () => {
  const r = save(page(meta('citation_title', 'T') + meta('citation_keywords', 'a; b') + meta('keywords', 'c')));
  assert.equal(r?.fields.tags, undefined);
});

test('no translator: a page with only <title> and description gets translation-server’s bare webpage', () => {
  const r = save(page(meta('description', 'About this page.')));
  assert.deepEqual(r, { translator: null, itemType: 'webpage', fields: { title: 'Page · Folio', url: URL_, abstractNote: 'About this page.', accessDate: 'CURRENT_TIMESTAMP' } });
});

// --- COinS ---------------------------------------------------------------

const journalCoins = 'ctx_ver=Z39.88-2004&rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Ajournal&rft.genre=article&rft.atitle=Global+Chains&rft.jtitle=Journal+of+Chains&rft.au=Gereffi%2C+Gary&rft.au=Korzeniewicz%2C+Miguel&rft.date=1994&rft.volume=12&rft.issue=3&rft.spage=95&rft.epage=122&rft_id=info%3Adoi%2F10.1234%2Fabc.5&rft_id=https%3A%2F%2Fexample.org%2Fa';

test('a titled COinS span outranks the page’s meta tags and gives the cited work', () => {
  const r = save(page(folioHead('website') + meta('citation_title', 'The page itself'), coinsSpan(journalCoins)));
  assert.deepEqual(r, {
    translator: 'COinS',
    itemType: 'journalArticle',
    fields: {
      creators: [{ firstName: 'Gary', lastName: 'Gereffi', creatorType: 'author' }, { firstName: 'Miguel', lastName: 'Korzeniewicz', creatorType: 'author' }],
      title: 'Global Chains', publicationTitle: 'Journal of Chains', date: '1994', volume: '12', issue: '3', pages: '95-122', DOI: '10.1234/abc.5', url: 'https://example.org/a',
    },
  });
});

test('a COinS span without a title is dropped, and then the page saves nothing at all', () => {
  const untitled = 'ctx_ver=Z39.88-2004&rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Abook&rft.genre=document&rft.date=1994&rft.au=Gereffi%2C+Gary';
  const r = save(page(folioHead('website') + meta('citation_title', 'Good tags that never get read'), coinsSpan(untitled)));
  assert.equal(r, null);
});

test('a span without rft_val_fmt (or an unknown one) is ignored, so Embedded Metadata runs', () => {
  const r = save(page(folioHead('website') + meta('citation_title', 'The page'), coinsSpan('ctx_ver=Z39.88-2004&rft.atitle=X&rft.au=Doe%2C+J') + coinsSpan('rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Anothing&rft.title=Y')));
  assert.equal(r?.translator, 'Embedded Metadata');
  assert.equal(r?.fields.title, 'The page');
});

test('a span Zotero cannot parse (a part without "=") makes COinS fail, and Embedded Metadata runs', () => {
  assert.throws(() => parseCoins(`${journalCoins}&`));
  const r = save(page(folioHead('website') + meta('citation_title', 'The page'), coinsSpan(`${journalCoins}&`)));
  assert.equal(r?.translator, 'Embedded Metadata');
});

test('two titled spans make a "multiple" page: the reader picks from a list', () => {
  const r = save(page('', coinsSpan(journalCoins) + coinsSpan(journalCoins.replace('Global+Chains', 'Other'))));
  assert.equal(r?.itemType, 'multiple');
  assert.deepEqual(r?.items?.map((i) => i.fields.title), ['Global Chains', 'Other']);
});

test('the COinS item type comes from rft_val_fmt; rft.genre matters only for books', () => {
  const fmt = (f: string) => `rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3A${f}`;
  assert.equal(parseCoins(`${fmt('journal')}&rft.genre=book&rft.atitle=T`)?.itemType, 'journalArticle');
  assert.deepEqual(parseCoins(`${fmt('book')}&rft.genre=document&rft.title=T&rft.jtitle=J`), { itemType: 'document', fields: { creators: [], title: 'T' } }, 'rft.jtitle only counts for journals');
  assert.deepEqual(parseCoins(`${fmt('book')}&rft.genre=bookitem&rft.atitle=Chapter&rft.btitle=Book`), { itemType: 'bookSection', fields: { creators: [], title: 'Chapter', publicationTitle: 'Book' } });
  assert.deepEqual(parseCoins(`${fmt('book')}&rft.genre=book&rft.btitle=Book`)?.fields.title, 'Book');
  assert.equal(parseCoins(`${fmt('dc')}&rft.title=T`)?.itemType, 'webpage');
  assert.equal(parseCoins(`${fmt('dc')}&rft.type=document&rft.title=T`)?.itemType, 'document');
  assert.equal(parseCoins('rft.title=T'), null);
  assert.equal(parseCoins(`${fmt('journal')}&rft.title=Journal`)?.fields.title, undefined, 'for a journal article rft.title is the journal');
});

test('COinS values: "+" and %2B both become spaces', () => {
  assert.equal(parseCoins('rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Ajournal&rft.atitle=C%2B%2B+rules')?.fields.title, 'C   rules');
});

// --- what Folio should emit (docs/zotero.md, section 6) -----------------

test('recommended: a journal-article paper page', () => {
  const r = save(page(
    folioHead('article', 'Global Chains. By Gary Gereffi, in Journal of Chains 12(3), 1994.') + meta('citation_title', 'Global Chains') + meta('citation_author', 'Gereffi, Gary') +
      meta('citation_publication_date', '1994') + meta('citation_journal_title', 'Journal of Chains') + meta('citation_volume', '12') + meta('citation_issue', '3') +
      meta('citation_firstpage', '95') + meta('citation_lastpage', '122') + meta('citation_doi', '10.1234/abc.5') + meta('citation_publisher', 'Praeger') +
      meta('citation_language', 'en') + meta('citation_public_url', 'https://journal.example/a') + meta('DC.type', 'Text.Serial.Journal'),
  ));
  assert.equal(r?.itemType, 'journalArticle');
  assert.equal(r?.fields.url, 'https://journal.example/a');
  assert.equal(r?.fields.publisher, 'Praeger');
  assert.equal(r?.fields.pages, '95-122');
  assert.equal(r?.fields.abstractNote, 'Global Chains. By Gary Gereffi, in Journal of Chains 12(3), 1994.', 'still the description: Folio has no abstracts to give');
});

test('recommended: a web-article paper page', () => {
  const r = save(page(
    folioHead('website') + meta('citation_title', 'A Title') + meta('citation_author', 'Doe, Jane') + meta('citation_publication_date', '2024/03/05') +
      meta('citation_language', 'en') + meta('citation_public_url', 'https://site.example/post') + meta('prism.publicationName', 'Example Site'),
  ));
  assert.equal(r?.itemType, 'webpage');
  assert.equal(r?.fields.websiteTitle, 'Example Site');
  assert.equal(r?.fields.url, 'https://site.example/post');
  assert.equal(r?.fields.date, '2024/03/05');
  assert.deepEqual(r?.fields.creators, [{ firstName: 'Jane', lastName: 'Doe', creatorType: 'author' }]);
});

test('recommended: a reference page for a work known only by authors and year carries a stand-in title', () => {
  const co = 'ctx_ver=Z39.88-2004&rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Adc&rft.type=document&rft.title=Gereffi+%26+Korzeniewicz%2C+1994&rft.au=Gereffi%2C+Gary&rft.au=Korzeniewicz%2C+Miguel&rft.date=1994';
  const r = zoteroSave({ meta: { description: 'Folio: a reader for a collection of research papers.' }, coins: [co], title: 'Gereffi & Korzeniewicz, 1994 · Folio' });
  assert.deepEqual(r, {
    translator: 'COinS',
    itemType: 'document',
    fields: { creators: [{ firstName: 'Gary', lastName: 'Gereffi', creatorType: 'author' }, { firstName: 'Miguel', lastName: 'Korzeniewicz', creatorType: 'author' }], title: 'Gereffi & Korzeniewicz, 1994', date: '1994' },
  });
});
