/**
 * Test helpers: the seed corpus and fixture pages as the ingest sees them,
 * and the text of a paper page by page, for conservation checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Paper } from '../../src/model/schema.ts';
import type { SourceFile } from '../../src/ingest/pipeline.ts';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const SOURCES = join(ROOT, 'content/sources');
export const FIXTURES = join(ROOT, 'tests/fixtures/pages');

export function sourceFiles(dir: string, filter: (name: string) => boolean = () => true): SourceFile[] {
  return readdirSync(dir)
    .filter((name) => /\.txt$/.test(name) && filter(name))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
}

export const seedFiles = () => sourceFiles(SOURCES);
export const fixtureFiles = () => sourceFiles(FIXTURES, (n) => !n.startsWith('bad-'));

/** What a reader's eye compares: the characters, ignoring spacing and line-break hyphens. */
export function squash(text: string): string {
  return text.replace(/[\s\u00ad-]+/gu, '');
}

/** The cleaned text of each printed page of a paper (null: an unpaginated page). */
export function textByPage(paper: Paper): Map<number | null, string> {
  const out = new Map<number | null, string>();
  const add = (page: number | null, text: string) => out.set(page, (out.get(page) ?? '') + text + '\n');
  for (const block of paper.blocks) {
    let page = block.page;
    let at = 0;
    const lead = block.marker ? `${block.marker} ` : '';
    for (const brk of block.breaks ?? []) {
      add(page, (at === 0 ? lead : '') + block.text.slice(at, brk.offset));
      page = brk.page;
      at = brk.offset;
    }
    add(page, (at === 0 ? lead : '') + block.text.slice(at));
  }
  return out;
}
