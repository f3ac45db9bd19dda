/**
 * What Zotero saves from the built site, page by page: the rules its
 * Embedded Metadata and COinS translators apply (docs/zotero.md, restated in
 * tests/helpers/zotero-rules.ts) run on every paper page and every reference
 * page of dist/. A journal article saves as one, a web article as a web page,
 * every cited work's page saves its work, and no abstract is a citation line.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import type { Reference } from '../../src/model/schema.ts';
import { ROOT } from '../helpers/corpus.ts';
import { zoteroSaveHtml } from '../helpers/zotero-rules.ts';

const dist = process.env.FOLIO_OUT ?? join(ROOT, 'dist');
const pages = (dir: string) => readdirSync(join(dist, dir), { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(join(dist, dir, e.name, 'index.html'))).map((e) => e.name);
const html = (...path: string[]) => readFileSync(join(dist, ...path, 'index.html'), 'utf8');

describe('Zotero saves the right item from every page', () => {
  test('every paper page saves its paper: a journal article as one, a web article as a web page, with its fields', () => {
    const papers = pages('papers');
    assert.ok(papers.length >= 2);
    for (const id of papers) {
      const md = readFileSync(join(ROOT, 'content/papers', `${id}.md`), 'utf8');
      const fm = parse(/^---\n([\s\S]*?)\n---/.exec(md)![1]!) as { type: string; title?: string; 'container-title'?: string; volume?: string; issue?: string; page?: string; abstract?: string };
      const saved = zoteroSaveHtml(html('papers', id), `https://folio.example/papers/${id}/`);
      assert.ok(saved, `${id}: nothing saved`);
      assert.equal(saved.translator, 'Embedded Metadata', id);
      assert.equal(saved.itemType, fm.type === 'webpage' ? 'webpage' : 'journalArticle', id);
      assert.equal(saved.fields.title, fm.title, id);
      assert.ok((saved.fields.creators ?? []).length > 0, `${id}: authors`);
      if (fm.type !== 'webpage') {
        assert.equal(saved.fields.publicationTitle, fm['container-title'], id);
        assert.equal(saved.fields.volume, fm.volume, id);
        assert.equal(saved.fields.issue, fm.issue, id);
        assert.equal(saved.fields.pages, fm.page, id);
      }
      // Never the citation sentence the page's description used to be ("Title. By …, in …").
      assert.doesNotMatch(String(saved.fields.abstractNote ?? ''), /\. By .*, in /, `${id}: a citation line saved as the abstract`);
      if (fm.abstract) assert.equal(saved.fields.abstractNote, fm.abstract, id);
    }
  });

  test("Li Ting's article saves complete: journal article, title, author, journal, 83(1), 40-57, 2026", () => {
    const saved = zoteroSaveHtml(html('papers', 'li-2026-impact-artificial-intelligence-robotics'))!;
    assert.equal(saved.itemType, 'journalArticle');
    assert.deepEqual(
      saved.fields.creators?.map((c) => c.lastName),
      ['Li'],
    );
    assert.deepEqual([saved.fields.volume, saved.fields.issue, saved.fields.pages, String(saved.fields.date).slice(0, 4)], ['83', '1', '40-57', '2026']);
  });

  test('every reference page saves its work, with a title, as the type the work is', () => {
    const keys = pages('references').filter((k) => !['by-author', 'by-year'].includes(k));
    assert.ok(keys.length >= 5);
    for (const key of keys) {
      const ref = parse(readFileSync(join(ROOT, 'content/references', `${key}.yaml`), 'utf8')) as Reference;
      const saved = zoteroSaveHtml(html('references', key), `https://folio.example/references/${key}/`);
      assert.ok(saved, `${key}: nothing saved`);
      assert.equal(saved.translator, 'COinS', key);
      assert.ok(saved.fields.title, `${key}: no title`);
      const expected = ref.type === 'article-journal' && ref.title ? 'journalArticle' : ref.type === 'book' && ref.title ? 'book' : ref.type === 'webpage' ? 'webpage' : 'document';
      assert.equal(saved.itemType, expected, key);
      // A family name alone is all a citation gives; Zotero reads the last word of a name without a comma as the
      // family name, so "de Wilde" is saved as Wilde with "de" before it, as Zotero saves any such name.
      assert.deepEqual(
        (saved.fields.creators ?? []).map((c) => [c.firstName, c.lastName].filter(Boolean).join(' ')),
        (ref.author ?? []).map((a) => [a.given, a.family].filter(Boolean).join(' ')),
        key,
      );
    }
  });
});
