import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rankCandidates } from '../../src/resolve/candidates.ts';
import { crossrefRequest, crossrefWorks } from '../../src/resolve/crossref.ts';
import { openalexRequest, openalexWorks, splitName } from '../../src/resolve/openalex.ts';
import type { Wanted } from '../../src/resolve/references.ts';
import { fixture } from '../helpers/replay-server.ts';

const okafor: Wanted = {
  key: 'okafor-lindqvist-2019',
  label: 'Okafor & Lindqvist, 2019',
  title: 'Tidal Ledgers',
  author: [{ family: 'Okafor' }, { family: 'Lindqvist' }],
  issued: { 'date-parts': [[2019]] },
};
const quell: Wanted = { key: 'quell-2020', label: 'Quell, 2020', author: [{ family: 'Quell' }], issued: { 'date-parts': [[2020]] } };

const query = (path: string | null) => Object.fromEntries(new URL(path!, 'http://x').searchParams);

test('with a DOI, each API is asked for that work', () => {
  const marsh: Wanted = { key: 'marsh-2021', label: 'Marsh, 2021', DOI: '10.5555/rdi.2021.17' };
  assert.equal(crossrefRequest(marsh), '/works/10.5555/rdi.2021.17');
  assert.equal(openalexRequest(marsh), '/works/doi:10.5555/rdi.2021.17');
  assert.equal(crossrefRequest({ ...marsh, DOI: '10.5555/a<b>#1' }), '/works/10.5555/a%3Cb%3E%231');
});

test('without a DOI, a bibliographic search by title, authors and year', () => {
  assert.deepEqual(query(crossrefRequest(okafor)), {
    'query.bibliographic': 'Tidal Ledgers',
    'query.author': 'Okafor Lindqvist',
    filter: 'from-pub-date:2019,until-pub-date:2019',
    rows: '5',
  });
  assert.deepEqual(query(openalexRequest(okafor)), { search: 'Tidal Ledgers', filter: 'publication_year:2019', 'per-page': '5' });
  const unsigned: Wanted = { key: 'x', label: 'x', title: 'Gilded Canals', 'container-title': 'Invented Review', issued: { 'date-parts': [[1988]] } };
  assert.deepEqual(query(crossrefRequest(unsigned)), { 'query.bibliographic': 'Gilded Canals Invented Review', filter: 'from-pub-date:1988,until-pub-date:1988', rows: '5' });
  assert.deepEqual(query(openalexRequest(unsigned)), { search: 'Gilded Canals', filter: 'publication_year:1988', 'per-page': '5' });
});

test('a work known only by authors and year is still searched for', () => {
  assert.deepEqual(query(crossrefRequest(quell)), {
    'query.bibliographic': 'Quell 2020',
    'query.author': 'Quell',
    filter: 'from-pub-date:2020,until-pub-date:2020',
    rows: '5',
  });
  assert.deepEqual(query(openalexRequest(quell)), { filter: 'raw_author_name.search:Quell,publication_year:2020', 'per-page': '5' });
  assert.equal(crossrefRequest({ key: 'x', label: 'x', issued: { 'date-parts': [[2020]] } }), null, 'nothing to search by');
});

test('a Crossref work becomes CSL-JSON: title with subtitle, names, venue, pages, DOI', () => {
  const [right] = crossrefWorks(fixture('crossref/search-okafor-lindqvist-2019')).slice(2);
  assert.deepEqual(right, {
    type: 'article-journal',
    author: [{ family: 'Okafor', given: 'Ngozi' }, { family: 'Lindqvist', given: 'Elin' }],
    title: 'Tidal Ledgers: Port Finance in the Baltic, 1870–1914',
    'container-title': 'Journal of Invented Maritime History',
    volume: '31',
    issue: '2',
    page: '145-172',
    publisher: 'Invented Scholarly Press',
    DOI: '10.5555/jmeh.2019.0142',
    URL: 'https://doi.org/10.5555/jmeh.2019.0142',
    issued: { 'date-parts': [[2019, 6]] },
    source: 'Crossref',
  });
  assert.equal(crossrefWorks(fixture('crossref/work-marsh-2021')).length, 1, 'a single work');
  const [odd] = crossrefWorks({ status: 'ok', 'message-type': 'work', message: { title: ['<i>Homo</i>  faber'], author: [{ name: 'Invented Council' }], issued: { 'date-parts': [[null]] } } });
  assert.equal(odd!.title, 'Homo faber', 'markup and spacing removed');
  assert.deepEqual(odd!.author, [{ literal: 'Invented Council' }], 'an organisation as author');
  assert.equal(odd!.issued, undefined, 'no usable date');
  assert.equal(odd!.type, 'document');
});

test('an OpenAlex work becomes CSL-JSON: display names split, biblio pages, DOI without its URL', () => {
  const [right, preprint] = openalexWorks(fixture('openalex/search-okafor-lindqvist-2019'));
  assert.equal(right!.title, 'Tidal Ledgers: Port Finance in the Baltic, 1870–1914');
  assert.deepEqual(right!.author, [{ family: 'Okafor', given: 'Ngozi' }, { family: 'Lindqvist', given: 'Elin' }]);
  assert.equal(right!.type, 'article-journal');
  assert.equal(right!['container-title'], 'Journal of Invented Maritime History');
  assert.equal(right!.page, '145-172');
  assert.equal(right!.DOI, '10.5555/jmeh.2019.0142');
  assert.deepEqual(right!.issued, { 'date-parts': [[2019, 6, 1]] });
  assert.equal(preprint!.type, 'article');
  assert.equal(preprint!.DOI, undefined);
  assert.equal(openalexWorks(fixture('openalex/work-marsh-2021')).length, 1, 'a single work');
  assert.deepEqual(splitName('Ana María van der Berg'), { family: 'van der Berg', given: 'Ana María' });
  assert.deepEqual(splitName('Berg, Ana'), { family: 'Berg', given: 'Ana' });
  assert.deepEqual(splitName('Plato'), { family: 'Plato' });
});

test('the same work from both APIs is one candidate; candidates are ranked by confidence', () => {
  const found = [
    ...crossrefWorks(fixture('crossref/search-okafor-lindqvist-2019')).map((work) => ({ api: 'crossref' as const, work })),
    ...openalexWorks(fixture('openalex/search-okafor-lindqvist-2019')).map((work) => ({ api: 'openalex' as const, work })),
  ];
  const ranked = rankCandidates(okafor, found);
  assert.equal(ranked.length, 4, 'five works, one of them found twice');
  assert.equal(ranked[0]!.work.DOI, '10.5555/jmeh.2019.0142');
  assert.deepEqual(ranked[0]!.sources, ['crossref', 'openalex']);
  assert.equal(ranked[0]!.work.source, 'Crossref', "Crossref's record is kept");
  assert.equal(ranked[0]!.confidence, 1);
  for (let i = 1; i < ranked.length; i++) assert.ok(ranked[i - 1]!.confidence >= ranked[i]!.confidence);

  const [thin] = rankCandidates(okafor, [
    { api: 'crossref', work: { ...found[2]!.work, page: undefined, volume: undefined } },
    { api: 'openalex', work: found[3]!.work },
  ]);
  assert.equal(thin!.work.page, '145-172', "a gap in Crossref's record filled from OpenAlex's");
  assert.equal(thin!.work.source, 'Crossref + OpenAlex');
});
