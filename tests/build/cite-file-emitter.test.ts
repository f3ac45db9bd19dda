import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { citeFileRequest, placeCiteFiles, writeCiteFiles } from '../../src/build/cite-file-emitter.ts';
import { paperFrontmatter } from '../../src/model/schema.ts';

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

test('the build gets every citation file, and a later rewrite leaves a built site as it was', () => {
  const root = mkdtempSync(join(tmpdir(), 'folio-cite-'));
  const out = mkdtempSync(join(tmpdir(), 'folio-site-'));
  const paper = paperFrontmatter.parse(parseFrontmatter(readFileSync('content/papers/li-2026-impact-artificial-intelligence-robotics.md', 'utf8')).frontmatter);
  writeCiteFiles(root, 'li', paper);
  placeCiteFiles(root, out);
  assert.deepEqual(readdirSync(join(out, 'papers')).sort(), ['li.bib', 'li.json', 'li.ris']);
  const built = readFileSync(join(out, 'papers/li.bib'), 'utf8');
  assert.equal(built, readFileSync(join(root, 'papers/li.bib'), 'utf8'));
  assert.match(built, /Li/);

  writeCiteFiles(root, 'li', { ...paper, formatted: { ...paper.formatted!, bibtex: '@misc{changed}\n' } });
  assert.match(readFileSync(join(root, 'papers/li.bib'), 'utf8'), /changed/);
  assert.equal(readFileSync(join(out, 'papers/li.bib'), 'utf8'), built, 'the site built before keeps its file');
  placeCiteFiles(root, out);
  assert.match(readFileSync(join(out, 'papers/li.bib'), 'utf8'), /changed/, 'the next build gets the new one');
  assert.deepEqual(readdirSync(join(root, 'papers')).sort(), ['li.bib', 'li.json', 'li.ris'], 'no temporary files left');
  rmSync(root, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});
