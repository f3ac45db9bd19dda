import assert from 'node:assert/strict';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { commitContent, prepareContent } from '../../../src/ingest/run/content-swap.ts';

function content(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'folio-swap-')), 'content');
  mkdirSync(join(dir, 'papers'), { recursive: true });
  mkdirSync(join(dir, 'references'), { recursive: true });
  writeFileSync(join(dir, 'papers/a.md'), 'A');
  writeFileSync(join(dir, 'references/r.yaml'), 'R');
  return dir;
}

const read = (dir: string) => Object.fromEntries(['papers', 'references'].flatMap((d) => readdirSync(join(dir, d)).map((n) => [`${d}/${n}`, readFileSync(join(dir, d, n), 'utf8')])));

test('collections in plain folders move into the switched layout once, unchanged', () => {
  const dir = content();
  prepareContent(dir);
  assert.ok(lstatSync(join(dir, 'papers')).isSymbolicLink());
  assert.equal(readlinkSync(join(dir, '.folio/current')), 'live');
  assert.deepEqual(read(dir), { 'papers/a.md': 'A', 'references/r.yaml': 'R' });
  prepareContent(dir);
  assert.deepEqual(read(dir), { 'papers/a.md': 'A', 'references/r.yaml': 'R' });
});

test('a change writes, keeps and removes files in one step, and the committed paths stay the same', () => {
  const dir = content();
  prepareContent(dir);
  commitContent(dir, { write: new Map([['papers/b.md', 'B'], ['references/r.yaml', 'R2']]), remove: new Set(['papers/a.md']) });
  assert.deepEqual(read(dir), { 'papers/b.md': 'B', 'references/r.yaml': 'R2' });
  assert.equal(readlinkSync(join(dir, '.folio/current')), 'live');
  assert.deepEqual(readdirSync(join(dir, '.folio')).sort(), ['current', 'live']);
});

test('a switch a killed ingest left on the next generation is settled as live; a generation never switched to is dropped', () => {
  const dir = content();
  prepareContent(dir);
  // Killed right after the commit: the switch is on `next`.
  mkdirSync(join(dir, '.folio/next/papers'), { recursive: true });
  mkdirSync(join(dir, '.folio/next/references'), { recursive: true });
  writeFileSync(join(dir, '.folio/next/papers/n.md'), 'N');
  const current = join(dir, '.folio/current');
  symlinkSync('next', `${current}.new`);
  renameSync(`${current}.new`, current);
  assert.deepEqual(read(dir), { 'papers/n.md': 'N' });
  prepareContent(dir);
  assert.equal(readlinkSync(current), 'live');
  assert.deepEqual(read(dir), { 'papers/n.md': 'N' });
  // Killed before the commit: a staged `next` that nothing points to is thrown away.
  mkdirSync(join(dir, '.folio/next/papers'), { recursive: true });
  writeFileSync(join(dir, '.folio/next/papers/x.md'), 'X');
  prepareContent(dir);
  assert.deepEqual(read(dir), { 'papers/n.md': 'N' });
  assert.deepEqual(readdirSync(join(dir, '.folio')).sort(), ['current', 'live']);
});
