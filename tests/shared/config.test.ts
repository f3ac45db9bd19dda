import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from '../../src/shared/config.ts';

test('the settings come from folio.config.ts, with defaults for what it leaves out', () => {
  const c = loadConfig({}, { site: 'https://papers.example.org', base: '/folio/' });
  assert.equal(c.site, 'https://papers.example.org');
  assert.equal(c.base, '/folio/');
  assert.equal(c.content, './content');
  assert.equal(c.sources, 'content/sources');
  assert.equal(c.glossary, 'content/glossary');
});

test('environment variables override the file for one run', () => {
  const c = loadConfig({ FOLIO_BASE: '/sub/', FOLIO_CONTENT: '/tmp/bench/content', FOLIO_MAILTO: 'curator@example.org' }, { base: '/folio/' });
  assert.equal(c.base, '/sub/');
  assert.equal(c.sources, '/tmp/bench/content/sources');
  assert.equal(c.mailto, 'curator@example.org');
});

test('a wrong value is refused, naming where it came from', () => {
  assert.throws(() => loadConfig({}, { base: 'folio' }), /folio\.config\.ts: base: a path that starts and ends with "\/"/);
  assert.throws(() => loadConfig({ FOLIO_SITE: 'not a url' }, {}), /FOLIO_SITE \(environment\): /);
  assert.throws(() => loadConfig({}, { contnet: './x' } as never), /folio\.config\.ts/);
});
