import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inSitemap } from '../../src/build/sitemap-filter.ts';

const SITE = 'https://example.org';

// Astro takes the base with or without its slashes, and serves the site from "/folio/" either way.
for (const [base, served] of [['/', '/'], ['/folio/', '/folio/'], ['folio/', '/folio/'], ['/folio', '/folio/']]) {
  test(`the sitemap leaves out source views and addresses that only send the reader on (base ${base})`, () => {
    const listed = inSitemap(base!);
    const at = (path: string) => listed(`${SITE}${served}${path}`);
    for (const path of ['papers/', 'papers/li-2026/source/', 'page/', 'glossary/reshoring/uses/', 'graph/nodes/', 'graph/term-map/', 'references/by-author/']) {
      assert.equal(at(path), false, `${served}${path} is left out`);
    }
    for (const path of ['', 'papers/li-2026/', 'page/2/', 'glossary/reshoring/', 'glossary/reshoring/uses/2/', 'graph/', 'graph/nodes/2/', 'references/', 'references/by-author/2/', 'references/by-year/']) {
      assert.equal(at(path), true, `${served}${path} is listed`);
    }
  });
}

test('a paper or concept whose name is that of a trimmed address is still listed', () => {
  const listed = inSitemap('/');
  assert.equal(listed(`${SITE}/papers/page/`), true);
  assert.equal(listed(`${SITE}/glossary/uses/`), true);
  assert.equal(listed(`${SITE}/papers/source/`), true);
});
