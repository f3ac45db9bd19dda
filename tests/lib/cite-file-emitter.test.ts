import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { citeFileRequest } from '../../src/lib/cite-file-emitter.ts';

test('the dev server answers a citation file request from the emitted files, under the base', () => {
  const root = mkdtempSync(join(tmpdir(), 'folio-cite-'));
  mkdirSync(join(root, 'papers'));
  writeFileSync(join(root, 'papers/li.bib'), '@article{}\n');
  assert.deepEqual(citeFileRequest(root, '/', '/papers/li.bib'), { file: join(root, 'papers/li.bib'), type: 'application/x-bibtex; charset=utf-8' });
  assert.deepEqual(citeFileRequest(root, '/folio/', '/folio/papers/li.bib?download=1')?.file, join(root, 'papers/li.bib'));
  assert.equal(citeFileRequest(root, '/folio/', '/papers/li.bib'), null, 'outside the base');
  assert.equal(citeFileRequest(root, '/', '/papers/li.ris'), null, 'not emitted');
  assert.equal(citeFileRequest(root, '/', '/papers/li/'), null, 'a page, not a file');
  assert.equal(citeFileRequest(root, '/', '/papers/../secret.bib'), null);
  rmSync(root, { recursive: true, force: true });
});
