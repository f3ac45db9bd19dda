import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { concept } from '../../src/model/schema.ts';
import { ROOT } from '../helpers/corpus.ts';

function add(content: string, term: string) {
  return spawnSync(process.execPath, [join(ROOT, 'scripts/glossary-add.ts'), term], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FOLIO_CONTENT: content } });
}

test('glossary:add writes a curated entry pre-filled from the found one, and never overwrites one', () => {
  const content = mkdtempSync(join(tmpdir(), 'folio-glossary-add-'));
  mkdirSync(join(content, 'glossary-found'));
  const quote = 'The “greenium” is the yield an investor gives up for holding a green bond';
  writeFileSync(join(content, 'glossary-found/greenium.md'), `---\nterm: "greenium"\naliases: ["greeniums"]\ndefinition: ${JSON.stringify(quote)}\nfound: true\nrelated: []\ndefined_in: {"paper":"p","block":"b3","page":104,"quote":${JSON.stringify(quote)}}\n---\n`);

  const first = add(content, 'Greeniums');
  assert.equal(first.status, 0, first.stderr);
  const text = readFileSync(join(content, 'glossary/greenium.md'), 'utf8');
  const data = concept.parse(parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!));
  assert.equal(data.term, 'greenium');
  assert.equal(data.definition, quote);
  assert.deepEqual(data.defined_in, { paper: 'p', block: 'b3', page: 104, quote });
  assert.equal(data.found, undefined, 'a curated entry');

  const again = add(content, 'greenium');
  assert.equal(again.status, 1);
  assert.match(again.stderr, /exists already/u);
  const unknown = add(content, 'carbon leakage');
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /^glossary:add: the collection defines no term "carbon leakage".*Terms it defines: greenium\n$/su);
});
