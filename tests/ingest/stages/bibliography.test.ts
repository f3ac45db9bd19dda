import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadBibliography } from '../../../src/ingest/stages/bibliography.ts';
import { IngestError } from '../../../src/ingest/stages/errors.ts';
import { ingest } from '../../../src/ingest/pipeline.ts';
import { seedFiles } from '../../helpers/corpus.ts';

function bib(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'folio-bib-')), 'bibliography.bib');
  writeFileSync(file, text);
  return file;
}

test('a curated BibTeX entry completes the reference with the same key', async () => {
  const file = bib(`@article{calatayud-2025,
  author = {Calatayud, Agustina and Katz, Raul},
  title = {Robots and the Relocation of Production},
  journal = {Journal of Testing},
  volume = {12},
  pages = {1--20},
  year = {2025}
}`);
  const { references } = ingest(seedFiles(), await loadBibliography(file));
  const ref = references.find((r) => r.key === 'calatayud-2025')!;
  assert.equal(ref.incomplete, false);
  assert.equal(ref.title, 'Robots and the Relocation of Production');
  assert.equal(ref['container-title'], 'Journal of Testing');
  assert.deepEqual(ref.author, [{ family: 'Calatayud', given: 'Agustina' }, { family: 'Katz', given: 'Raul' }]);
  assert.equal(ref.page, '1-20');
  assert.equal(references.find((r) => r.key === 'liu-et-al-2024')!.incomplete, true, 'others stay as the pages give them');
});

test('no file, or a file with only prose, changes nothing', async () => {
  assert.equal((await loadBibliography('/nonexistent/bibliography.bib')).size, 0);
  assert.equal((await loadBibliography(bib('Just a note.'))).size, 0);
});

test('broken BibTeX is an error naming the file', async () => {
  await assert.rejects(loadBibliography(bib('@article{x, title = {unclosed')), (e: unknown) => e instanceof IngestError && e.file.endsWith('bibliography.bib'));
});
