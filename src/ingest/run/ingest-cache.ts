/**
 * The incremental ingest's content-hash cache (manifest.json): what each
 * source page gave last time, each paper built and its files, and the hash
 * of every file written. It is versioned by a hash of the ingest's own code,
 * so changing a stage starts afresh.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SourceSidecar } from '../../model/schema.ts';
import type { BuiltPaper } from './build-papers.ts';
import type { GlossaryInput } from '../stages/found-glossary.ts';
import type { PaperDraft } from '../stages/group-pages.ts';
import type { PageFacts, ParsedPage } from '../stages/page.ts';

/** What grouping needs of a page, kept so unchanged pages need not be read. */
export interface PageEntry {
  size: number;
  mtimeMs: number;
  sha256: string;
  sidecar: { size: number; mtimeMs: number; data: SourceSidecar } | null;
  kind: ParsedPage['kind'];
  number: number | null;
  facts: PageFacts;
}

export interface PaperEntry extends Omit<BuiltPaper, 'files'> {
  files: [string, string][]; // [path, sha256 of text]
}

export interface Manifest {
  version: string;
  contentDir: string;
  /** sizes and latest mtime of content/bibliography.bib and .json, or null without either. */
  bibliography?: { size: number | string; mtimeMs: number } | null;
  pages: Record<string, PageEntry>;
  papers: Record<string, PaperEntry>;
  outputs: Record<string, string>;
}

export const hash = (text: string) => createHash('sha256').update(text).digest('hex');

/** Version of the cache: the ingest's code, so any change to a stage starts afresh. */
export function codeVersion(): string {
  const src = join(import.meta.dirname, '../..');
  const h = createHash('sha256');
  // Everything the ingest runs: its stages, writer and machinery, the model and the shared modules.
  for (const dir of ['ingest', 'model', 'shared']) {
    for (const f of readdirSync(join(src, dir), { recursive: true, encoding: 'utf8' }).filter((n) => /\.(ts|csl)$/.test(n)).sort()) h.update(f).update(readFileSync(join(src, dir, f)));
  }
  return h.digest('hex');
}

export function loadManifest(cacheDir: string, version: string, contentDir: string): Manifest {
  const file = join(cacheDir, 'manifest.json');
  try {
    const m = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    if (m.version === version && m.contentDir === contentDir) return m;
  } catch {
    // no cache yet, or an unreadable one: start afresh
  }
  return { version, contentDir, pages: {}, papers: {}, outputs: {} };
}

export function saveManifest(cacheDir: string, manifest: Manifest): void {
  writeAtomic(join(cacheDir, 'manifest.json'), JSON.stringify(manifest));
}

/** The key of a paper's build: its pages' names and hashes, sidecars and place in its issue. */
export function paperKey(draft: PaperDraft, entries: ReadonlyMap<string, PageEntry>): string {
  return hash(
    JSON.stringify([
      draft.pages.map((p) => [p.page.source, entries.get(p.page.source)!.sha256, p.sidecar ?? null]),
      draft.continues,
      draft.missing,
      draft.range ?? null,
      draft.idSuffix ?? null,
    ]),
  );
}

/** Write a file by rename, so a reader never sees it half-written. */
export function writeAtomic(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.tmp-${process.pid}`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}

/**
 * What the glossary needs of each paper (its prose and definitions), one file
 * a paper under `glossary/` by the paper's key: kept out of the manifest,
 * which every run reads, because it holds the text.
 */
export function saveGlossaryInputs(cacheDir: string, inputs: ReadonlyMap<string, GlossaryInput>, keep: ReadonlySet<string>): void {
  const dir = join(cacheDir, 'glossary');
  mkdirSync(dir, { recursive: true });
  for (const [key, input] of inputs) writeAtomic(join(dir, `${key}.json`), JSON.stringify(input));
  for (const name of readdirSync(dir)) if (name.endsWith('.json') && !keep.has(name.slice(0, -5))) rmSync(join(dir, name), { force: true });
}

export function loadGlossaryInput(cacheDir: string, key: string): GlossaryInput {
  return JSON.parse(readFileSync(join(cacheDir, 'glossary', `${key}.json`), 'utf8')) as GlossaryInput;
}
