import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadResolvedBibliography, serialiseBibliography } from '../../src/resolve/bibliography.ts';
import { failing, hang } from '../helpers/replay-server.ts';
import { MAILTO, startWorld } from './world.ts';

test('a reference with a DOI is looked up by it, in both APIs, and accepted', async (t) => {
  const world = await startWorld(['marsh-2021']);
  t.after(() => world.close());
  const { result, out } = await world.run();
  assert.deepEqual(result.accepted, ['marsh-2021']);
  assert.deepEqual(world.crossref.requests.map((r) => r.path), ['/works/10.5555/rdi.2021.17']);
  assert.deepEqual(world.openalex.requests.map((r) => r.path), ['/works/doi:10.5555/rdi.2021.17']);
  assert.match(out, /1\) 1\.00 {2}Quiet Factories: Automation and Small-Town Employment/);
  assert.match(out, /from crossref \+ openalex · same DOI as the reference/);
  const item = loadResolvedBibliography(join(world.content, 'bibliography.json')).get('marsh-2021')!;
  assert.deepEqual(item, {
    id: 'marsh-2021',
    type: 'article-journal',
    author: [{ family: 'Marsh', given: 'Imogen' }],
    title: 'Quiet Factories: Automation and Small-Town Employment',
    'container-title': 'Regional Development Inquiry',
    volume: '9',
    issue: '1',
    page: '1-28',
    publisher: 'Invented University Press',
    DOI: '10.5555/rdi.2021.17',
    URL: 'https://doi.org/10.5555/rdi.2021.17',
    issued: { 'date-parts': [[2021, 3]] },
    source: 'Crossref',
  });
});

test('a bibliographic search picks the right work among several, and shows each with its facts', async (t) => {
  const world = await startWorld(['okafor-lindqvist-2019']);
  t.after(() => world.close());
  const { result, out } = await world.run();
  assert.deepEqual(result.accepted, ['okafor-lindqvist-2019']);
  const [crossref] = world.crossref.requests;
  assert.deepEqual({ ...crossref!.query, mailto: undefined }, {
    'query.bibliographic': 'Tidal Ledgers',
    'query.author': 'Okafor Lindqvist',
    filter: 'from-pub-date:2019,until-pub-date:2019',
    rows: '5',
    mailto: undefined,
  });
  assert.equal(world.openalex.requests[0]!.query.search, 'Tidal Ledgers');
  const item = loadResolvedBibliography(join(world.content, 'bibliography.json')).get('okafor-lindqvist-2019')!;
  assert.equal(item.DOI, '10.5555/jmeh.2019.0142', 'the third Crossref item, not the first');
  // Each candidate: confidence, title, authors, year, venue, DOI, APIs, evidence; best first.
  assert.match(out, /1\) 1\.00 {2}Tidal Ledgers: Port Finance in the Baltic, 1870–1914\n\s+Okafor, N\.; Lindqvist, E\. · 2019 · Journal of Invented Maritime History, 31\(2\), 145-172 · doi:10\.5555\/jmeh\.2019\.0142\n\s+from crossref \+ openalex · title 1\.00, authors 1\.00, year 1\.00/);
  const confidences = [...out.matchAll(/^ {2}\d\) (\d\.\d\d)/gm)].map((m) => Number(m[1]));
  assert.ok(confidences.length >= 2, out);
  assert.deepEqual(confidences, [...confidences].sort((a, b) => b - a), 'shown best first');
});

test('a work with no good candidate is left alone', async (t) => {
  const world = await startWorld(['vance-2017']);
  t.after(() => world.close());
  const { result, out } = await world.run();
  assert.deepEqual(result.accepted, []);
  assert.equal(result.code, 0, 'looked up fine, just nothing found');
  assert.match(out, /no likely candidate; left alone/);
  assert.equal(existsSync(join(world.content, 'bibliography.json')), false);
});

test('--yes takes the best candidate only at or above --threshold', async (t) => {
  const world = await startWorld(['quell-2020']);
  t.after(() => world.close());
  const strict = await world.run();
  assert.deepEqual(strict.result.accepted, [], 'known only by author and year: 0.70 < 0.85');
  assert.match(strict.out, /left alone: best confidence 0\.70 is under the threshold 0\.85/);
  const lenient = await world.run({ threshold: 0.6 });
  assert.deepEqual(lenient.result.accepted, ['quell-2020']);
  assert.equal(loadResolvedBibliography(join(world.content, 'bibliography.json')).get('quell-2020')!.title, 'Salt Roads and Caravan Credit in the Sahel');
});

test('asked, the curator picks a candidate by number; Enter leaves a work alone', async (t) => {
  const world = await startWorld(['okafor-lindqvist-2019', 'quell-2020']);
  t.after(() => world.close());
  const { result, questions, out } = await world.run({}, ['', 'nonsense', '1']);
  assert.deepEqual(result.accepted, ['quell-2020']);
  assert.equal(questions.length, 3, 'a question is asked again after an unreadable answer');
  assert.match(questions[0]!, /Accept which\? \[1-\d, Enter = none, q = stop asking\]/);
  assert.match(out, /okafor-lindqvist-2019[\s\S]*left alone[\s\S]*quell-2020[\s\S]*accepted: Salt Roads/);
});

test('when the input ends, nothing more is asked or looked up', async (t) => {
  const world = await startWorld(['okafor-lindqvist-2019', 'quell-2020']);
  t.after(() => world.close());
  const { result, out } = await world.run({}, []);
  assert.deepEqual(result.accepted, []);
  assert.match(out, /stopped, 1 more not looked up/);
  assert.equal(world.crossref.requests.length, 1);
});

test('--dry-run looks up and shows, but writes neither the bibliography nor the cache', async (t) => {
  const world = await startWorld();
  t.after(() => world.close());
  const { result, out } = await world.run({ dryRun: true });
  assert.deepEqual(result.accepted, ['marsh-2021', 'okafor-lindqvist-2019']);
  assert.match(out, /Dry run: would add 2 to /);
  assert.equal(existsSync(join(world.content, 'bibliography.json')), false);
  assert.equal(existsSync(join(world.content, '.resolve-cache')), false);
});

test('merging: existing items stay, resolved works are skipped unless --refresh', async (t) => {
  const world = await startWorld(['marsh-2021', 'okafor-lindqvist-2019']);
  t.after(() => world.close());
  const path = join(world.content, 'bibliography.json');
  writeFileSync(path, serialiseBibliography([
    { id: 'aalto-2001', type: 'book', title: 'Kept As It Was' },
    { id: 'marsh-2021', type: 'article-journal', title: 'Quiet Factories (entered by hand)' },
  ]));
  const { result, out } = await world.run();
  assert.deepEqual(result.accepted, ['okafor-lindqvist-2019']);
  assert.match(out, /--refresh to look up again\): marsh-2021/);
  assert.equal(world.crossref.requests.some((r) => r.path.includes('rdi')), false, 'marsh-2021 not asked about');
  const after = loadResolvedBibliography(path);
  assert.deepEqual([...after.keys()], ['aalto-2001', 'marsh-2021', 'okafor-lindqvist-2019']);
  assert.equal(after.get('marsh-2021')!.title, 'Quiet Factories (entered by hand)');

  const refreshed = await world.run({ refresh: true });
  assert.deepEqual(refreshed.result.accepted, ['marsh-2021', 'okafor-lindqvist-2019']);
  assert.equal(loadResolvedBibliography(path).get('marsh-2021')!.title, 'Quiet Factories: Automation and Small-Town Employment');
  assert.equal(loadResolvedBibliography(path).get('aalto-2001')!.title, 'Kept As It Was');
});

test('works with a record in bibliography.bib are left to it, and complete ones are not asked about', async (t) => {
  const world = await startWorld(['marsh-2021', 'complete-work-2010']);
  t.after(() => world.close());
  writeFileSync(join(world.content, 'bibliography.bib'), '@article{marsh-2021, author = {Marsh, Imogen}, title = {Quiet Factories}, year = {2021}}\n');
  const { result, out } = await world.run();
  assert.match(out, /Left to bibliography.bib: marsh-2021/);
  assert.match(out, /Nothing to resolve\./);
  assert.equal(result.requests, 0);
});

test('stable output: the same look-ups give the same bytes', async (t) => {
  const first = await startWorld();
  t.after(() => first.close());
  await first.run({ threshold: 0.6 });
  const second = await startWorld();
  t.after(() => second.close());
  await second.run({ threshold: 0.6, keys: ['quell-2020', 'okafor-lindqvist-2019', 'marsh-2021'] });
  const a = readFileSync(join(first.content, 'bibliography.json'), 'utf8');
  assert.equal(readFileSync(join(second.content, 'bibliography.json'), 'utf8'), a);
  assert.deepEqual((JSON.parse(a) as { id: string }[]).map((i) => i.id), ['marsh-2021', 'okafor-lindqvist-2019', 'quell-2020']);
});

test('a re-run answers from the cache and sends no request', async (t) => {
  const world = await startWorld();
  t.after(() => world.close());
  const first = await world.run({ dryRun: false, yes: true, threshold: 0.99 });
  assert.ok(first.result.requests > 0);
  const sent = world.crossref.requests.length + world.openalex.requests.length;
  assert.equal(sent, first.result.requests);
  const again = await world.run({ refresh: true, threshold: 0.99 });
  assert.equal(again.result.requests, 0);
  assert.equal(world.crossref.requests.length + world.openalex.requests.length, sent);
});

test('the mailto is sent to both APIs (query and User-Agent)', async (t) => {
  const world = await startWorld(['okafor-lindqvist-2019']);
  t.after(() => world.close());
  await world.run();
  for (const request of [...world.crossref.requests, ...world.openalex.requests]) {
    assert.equal(request.query.mailto, MAILTO);
    assert.match(String(request.headers['user-agent']), /mailto:curator@example\.org/);
  }
});

test('an API that keeps failing is one line per work; the other API and the other works go on', async (t) => {
  const world = await startWorld(['marsh-2021', 'okafor-lindqvist-2019']);
  t.after(() => world.close());
  world.crossref.route({ path: /^\/works/, replies: failing(503) });
  const { result, err } = await world.run();
  assert.deepEqual(err, [
    'references:resolve: crossref: 503 after 4 tries for "marsh-2021"',
    'references:resolve: crossref: 503 after 4 tries for "okafor-lindqvist-2019"',
  ]);
  assert.deepEqual(result.accepted, ['marsh-2021', 'okafor-lindqvist-2019'], 'found in OpenAlex alone');
  assert.equal(result.code, 0);
  assert.equal(loadResolvedBibliography(join(world.content, 'bibliography.json')).get('marsh-2021')!.source, 'OpenAlex');
});

test('when nothing can be looked up, the run fails (exit code 1), still one line per problem', async (t) => {
  const world = await startWorld(['marsh-2021']);
  t.after(() => world.close());
  world.crossref.route({ path: /^\/works/, replies: failing(503) });
  world.openalex.route({ path: /^\/works/, replies: hang() });
  const { result, err } = await world.run({ timeoutMs: 40, retries: 1 });
  assert.equal(result.code, 1);
  assert.deepEqual(err, [
    'references:resolve: crossref: 503 after 2 tries for "marsh-2021"',
    'references:resolve: openalex: no answer within 0.04 s after 2 tries for "marsh-2021"',
  ]);
  assert.equal(existsSync(join(world.content, 'bibliography.json')), false);
});

test('an API that fails for three works in a row is not asked again this run', async (t) => {
  const world = await startWorld(['marsh-2021', 'okafor-lindqvist-2019', 'quell-2020', 'vance-2017']);
  t.after(() => world.close());
  world.crossref.route({ path: /^\/works/, replies: failing(503) });
  const { result, err } = await world.run({ retries: 0, threshold: 0.6 });
  assert.equal(world.crossref.requests.length, 3);
  assert.equal(world.openalex.requests.length, 4);
  assert.equal(err.at(-1), 'references:resolve: crossref: failed for 3 works in a row; not asked again this run');
  assert.deepEqual(result.accepted, ['marsh-2021', 'okafor-lindqvist-2019', 'quell-2020']);
  assert.equal(result.code, 0);
});
