import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IngestError } from '../../../src/ingest/stages/errors.ts';
import { parseSidecar } from '../../../src/ingest/run/sidecar.ts';
import { sidecarName } from '../../../src/ingest/run/source-files.ts';

function errorOf(text: string): IngestError {
  try {
    parseSidecar('page.yaml', text);
  } catch (error) {
    assert.ok(error instanceof IngestError, `expected IngestError, got ${String(error)}`);
    return error;
  }
  assert.fail('parseSidecar accepted the input');
}

test('valid overrides are returned as written', () => {
  const sidecar = parseSidecar(
    'page.yaml',
    [
      'title: Rules of Origin Under Strain',
      'author:',
      '  - family: Schmidt',
      '    given: Anna',
      'container-title: Trade Policy Watch',
      'volume: "12"',
      'issued: 2025',
      'language: en',
      'paper: rules-of-origin',
      'page: 3',
      '',
    ].join('\n'),
  );
  assert.deepEqual(sidecar, {
    title: 'Rules of Origin Under Strain',
    author: [{ family: 'Schmidt', given: 'Anna' }],
    'container-title': 'Trade Policy Watch',
    volume: '12',
    issued: 2025,
    language: 'en',
    paper: 'rules-of-origin',
    page: 3,
  });
});

test('a full CSL date is accepted for `issued`', () => {
  assert.deepEqual(parseSidecar('page.yaml', 'issued:\n  date-parts: [[2025, 3, 14]]\n'), { issued: { 'date-parts': [[2025, 3, 14]] } });
});

test('an empty sidecar overrides nothing', () => {
  assert.deepEqual(parseSidecar('page.yaml', ''), {});
  assert.deepEqual(parseSidecar('page.yaml', '# nothing to correct\n'), {});
});

test('an unknown key is an error naming the key', () => {
  const error = errorOf('title: Rules of Origin\nissued: 2025\ncolour: red\n');
  assert.equal(error.file, 'page.yaml');
  assert.match(error.reason, /colour/);
  assert.equal(typeof error.line, 'number');
});

test('an unknown key is reported on its own line', () => {
  assert.equal(errorOf('title: Rules of Origin\nissued: 2025\ncolour: red\n').line, 3);
});

test('a value of the wrong type is reported on its line', () => {
  const error = errorOf('title: Rules of Origin\nvolume: "12"\npage: three\n');
  assert.equal(error.line, 3);
  assert.match(error.reason, /^page: /);
  assert.match(error.message, /^page\.yaml:3: page: /);
});

test('an id that is not a slug is reported on its line', () => {
  const error = errorOf('title: Rules of Origin\nid: Not A Slug\n');
  assert.equal(error.line, 2);
  assert.match(error.reason, /^id: /);
});

test('invalid YAML is reported with its line number', () => {
  const tab = errorOf('title: Rules of Origin\nvolume: "12"\n\tpage: 3\n');
  assert.match(tab.reason, /^invalid YAML: /);
  assert.equal(tab.line, 3);

  const duplicate = errorOf('title: Rules of Origin\nvolume: "12"\ntitle: Again\n');
  assert.match(duplicate.reason, /^invalid YAML: /);
  assert.equal(duplicate.line, 3);
});

test('a sidecar that is not a mapping is rejected', () => {
  assert.match(errorOf('- a\n- b\n').reason, /object/);
});

test('sidecarName: the source name with .yaml', () => {
  assert.equal(sidecarName('page-1.txt'), 'page-1.yaml');
  assert.equal(sidecarName('002_2a29fe1bde96cbf5.txt'), '002_2a29fe1bde96cbf5.yaml');
  assert.equal(sidecarName('a.b.txt'), 'a.b.yaml');
});

test('volume and issue may be written as numbers', () => {
  const sidecar = parseSidecar('v.yaml', 'volume: 83\nissue: 1\n');
  assert.equal(sidecar.volume, '83');
  assert.equal(sidecar.issue, '1');
});
