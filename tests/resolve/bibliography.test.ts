import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IngestError } from '../../src/ingest/stages/errors.ts';
import { loadResolvedBibliography, mergeItems, serialiseBibliography, writeBibliography } from '../../src/resolve/bibliography.ts';
import type { CslItem } from '../../src/resolve/csl.ts';

const file = (text?: string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'folio-bibjson-')), 'bibliography.json');
  if (text !== undefined) writeFileSync(path, text);
  return path;
};

const marsh: CslItem = {
  id: 'marsh-2021',
  type: 'article-journal',
  author: [{ family: 'Marsh', given: 'Imogen' }],
  title: 'Quiet Factories',
  DOI: '10.5555/rdi.2021.17',
  issued: { 'date-parts': [[2021, 3]] },
  source: 'Crossref',
};

test('stable output: sorted by id, fields in one order, the same bytes whatever the input order', () => {
  const shuffled = { source: 'Crossref', issued: { 'date-parts': [[2019]] }, title: 'Tidal Ledgers', id: 'okafor-lindqvist-2019', type: 'article-journal', author: [{ given: 'Ngozi', family: 'Okafor' }] } as CslItem;
  const a = serialiseBibliography([shuffled, marsh]);
  const b = serialiseBibliography([marsh, { ...shuffled }]);
  assert.equal(a, b);
  assert.ok(a.endsWith(']\n'));
  const parsed = JSON.parse(a) as CslItem[];
  assert.deepEqual(parsed.map((i) => i.id), ['marsh-2021', 'okafor-lindqvist-2019']);
  assert.deepEqual(Object.keys(parsed[1]!), ['id', 'type', 'author', 'title', 'issued', 'source']);
  assert.deepEqual(Object.keys(parsed[1]!.author![0]!), ['family', 'given']);
  assert.match(a, /^\[\n {2}\{\n {4}"id": "marsh-2021",/, 'two-space indents');
});

test('merge: what is there stays, an accepted work is added or replaces the one with its key', () => {
  const path = file();
  writeBibliography(path, [marsh, { id: 'aalto-2001', type: 'book', title: 'Kept As It Was' }]);
  const merged = mergeItems(loadResolvedBibliography(path), [{ ...marsh, title: 'Quiet Factories, Corrected' }, { id: 'quell-2020', type: 'article-journal', title: 'Salt Roads' }]);
  assert.deepEqual(merged.map((i) => [i.id, i.title]), [
    ['aalto-2001', 'Kept As It Was'],
    ['marsh-2021', 'Quiet Factories, Corrected'],
    ['quell-2020', 'Salt Roads'],
  ]);
  writeBibliography(path, merged);
  const before = readFileSync(path, 'utf8');
  writeBibliography(path, mergeItems(loadResolvedBibliography(path), []));
  assert.equal(readFileSync(path, 'utf8'), before, 'rewriting changes nothing');
});

test('loadResolvedBibliography: key -> CSL item; no file is an empty map; a bad file names itself', () => {
  const path = file(serialiseBibliography([marsh]));
  const map = loadResolvedBibliography(path);
  assert.deepEqual([...map.keys()], ['marsh-2021']);
  assert.equal(map.get('marsh-2021')!.title, 'Quiet Factories');
  assert.equal(loadResolvedBibliography('/nonexistent/bibliography.json').size, 0);
  const bad = (text: string, reason: RegExp) =>
    assert.throws(() => loadResolvedBibliography(file(text)), (e: unknown) => e instanceof IngestError && e.file.endsWith('bibliography.json') && reason.test(e.reason));
  bad('{', /not valid JSON/);
  bad('{"id": "x"}', /not a CSL-JSON array/);
  bad('[{"title": "no id"}]', /item 1 has no id/);
  bad('[{"id": "x"}, {"id": "x"}]', /"x" appears twice/);
});
