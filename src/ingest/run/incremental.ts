/**
 * The ingest with a content-hash cache, for collections of thousands of
 * papers: a source page whose size and mtime (or, failing that, sha256) are
 * unchanged is not read again, a paper whose pages and sidecars are unchanged
 * is not re-assembled, and only files whose text changed are written. The
 * output is byte for byte what a full `ingest()` gives (tested); papers that
 * do need assembling are spread over worker threads.
 *
 * The cache is versioned by a hash of the ingest's own code, so changing a
 * stage invalidates it.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { BIBLIOGRAPHY_FILES, loadBibliographies } from '../stages/bibliography.ts';
import { buildChanged } from './build-changed.ts';
import { codeVersion, hash, loadGlossaryInput, loadManifest, type Manifest, type PaperEntry, saveGlossaryInputs, saveManifest } from './ingest-cache.ts';
import { type ContentChange, commitContent, prepareContent } from './content-swap.ts';
import { foundConceptFile, GENERATED_DIRS, GLOSSARY_CITATIONS_FILE, glossaryCitationsFile, referenceFile } from '../write/outputs.ts';
import { glossaryCitations } from '../stages/glossary-citations.ts';
import { loadGlossaryTexts } from './glossary-texts.ts';
import { foundGlossary, type GlossaryInput } from '../stages/found-glossary.ts';
import { checkUniqueIds, idSuffixes } from '../stages/paper-checks.ts';
import { collectReferences } from '../stages/references.ts';
import { scanPages } from './scan-pages.ts';
import { type ProgressOut, stage } from '../../shared/progress.ts';

export interface IncrementalOptions {
  contentDir: string;
  /** The curated glossary, whose entries' citations become references (default: glossary/ in contentDir). */
  glossaryDir?: string;
  cacheDir: string;
  /**
   * Threads for parsing and assembling: 1 is this thread alone. By default
   * (defaultIngestWorkers), and on a machine of two or more cores, the
   * papers' own citations are also formatted on a thread of their own.
   */
  workers?: number;
  /** Format citations on a thread of their own when working in this thread (default: as said above). */
  citeThread?: boolean;
  /** Where to say how far the ingest is (shared/progress.ts); silent when absent. */
  progress?: ProgressOut;
}

export interface IncrementalReport {
  pages: number;
  papers: number;
  references: number;
  rebuiltPapers: number;
  readPages: number;
  written: number;
  removed: number;
  warnings: string[];
}

/**
 * Worker threads for a cold ingest: one for every core but the one this
 * thread needs to read pages and write files, up to four. On a two-core
 * machine that is none (all in this thread, the citations on the other
 * core): two workers there measured slower than one (14.96 s against
 * 12.24 s at 1,000 papers, and 4.99 s against 3.94 s at 100), and took half
 * as much memory again.
 */
export function defaultIngestWorkers(): number {
  return Math.min(Math.max(1, availableParallelism() - 1), 4);
}

/** The generated files in content/ now, as "papers/x.md". */
function presentOutputs(contentDir: string): Set<string> {
  const present = new Set<string>();
  for (const dir of GENERATED_DIRS) {
    const folder = join(contentDir, dir);
    if (existsSync(folder)) for (const name of readdirSync(folder)) present.add(`${dir}/${name}`);
  }
  return present;
}

/**
 * What to write (files whose text changed, or that are missing) and what to
 * remove (generated files no longer made; `hashes` lists all that are).
 */
function changeOf(outputs: ReadonlyMap<string, string>, hashes: Record<string, string>, before: Manifest['outputs'], present: ReadonlySet<string>): ContentChange {
  const write = new Map([...outputs].filter(([path]) => before[path] !== hashes[path] || !present.has(path)));
  const remove = new Set([...present].filter((path) => !path.split('/').pop()!.startsWith('.') && hashes[path] === undefined));
  return { write, remove };
}

export async function ingestIncremental(paths: readonly string[], options: IncrementalOptions): Promise<IncrementalReport> {
  const version = codeVersion();
  const contentDir = resolve(options.contentDir);
  // Finishes or clears what a killed ingest left, before anything is read from content/.
  prepareContent(options.contentDir);
  const manifest = loadManifest(options.cacheDir, version, contentDir);

  const out = options.progress ?? { write: () => {} };
  // 1. Pages: stat everything; only pages whose size, mtime or sidecar changed are read.
  const checking = stage('ingest', 'pages checked', paths.length, out);
  const scan = await scanPages(paths, manifest, () => checking.tick());
  checking.end(`${paths.length.toLocaleString('en')} pages checked, ${scan.changed.length.toLocaleString('en')} new or changed`);
  const building = stage('ingest', 'building papers', undefined, out);
  // 2. Papers: parse what changed, build the papers it belongs to, reuse the rest.
  const present = presentOutputs(options.contentDir);
  const citeThread = options.citeThread ?? (options.workers === undefined && availableParallelism() >= 2);
  const build = (suffixes?: ReadonlyMap<string, string>) =>
    buildChanged(paths, scan, manifest, { workers: options.workers ?? defaultIngestWorkers(), citeThread, present, ...(suffixes ? { idSuffixes: suffixes } : {}) });
  let changed = await build();
  // Made-up ids two papers share are told apart; those papers are built again under their new ids.
  const explicit = (source: string) => changed.entries.get(source)?.sidecar?.data.id !== undefined;
  const suffixes = idSuffixes([...changed.reused.values(), ...changed.built.map((b) => b.paper)].map((p) => ({ id: p.id, source: p.source, explicit: explicit(p.source) })));
  if (suffixes.size > 0) changed = await build(suffixes);
  const { entries, reused, built } = changed;
  const readPages = changed.readPages;
  building.end(`${built.length.toLocaleString('en')} papers built, ${reused.size.toLocaleString('en')} unchanged, ${readPages.toLocaleString('en')} pages read`);
  const collecting = stage('ingest', 'references', undefined, out);

  // 3. Outputs: paper files just built, reference files from every paper's citations.
  const outputs = new Map<string, string>(); // path -> text, for files to (maybe) write
  const hashes: Record<string, string> = {};
  const papers = new Map<string, PaperEntry>(reused);
  const glossaryInputs = new Map<string, GlossaryInput>();
  for (const { key, paper } of built) {
    const files = paper.files.map(([path, text]): [string, string] => {
      outputs.set(path, text);
      hashes[path] = hash(text);
      return [path, hashes[path]!];
    });
    const { glossary, ...entry } = paper;
    if (glossary) glossaryInputs.set(key, glossary);
    papers.set(key, { ...entry, files });
  }
  const all = [...papers.values()].sort((a, b) => a.id.localeCompare(b.id));
  checkUniqueIds(all);
  for (const p of all) for (const [path, sha] of p.files) hashes[path] = sha;
  // References depend on every paper's citations and the bibliography: when
  // neither changed, the files made last time stand.
  // Both bibliography files, as size and time: a change to either (a curator's BibTeX, a resolved work) redoes the references.
  const bibStats = BIBLIOGRAPHY_FILES.map((name) => {
    const path = join(options.contentDir, name);
    return existsSync(path) ? statSync(path) : null;
  });
  const bibliography = bibStats.every((s) => s === null) ? null : { size: bibStats.map((s) => s?.size ?? -1).join(','), mtimeMs: bibStats.reduce((m, s) => Math.max(m, s?.mtimeMs ?? 0), 0) };
  // The works the curated glossary cites are references too: read every run (a few dozen small files), and a change redoes the references.
  const cites = glossaryCitations(loadGlossaryTexts(options.glossaryDir ?? join(options.contentDir, 'glossary')));
  for (const [path, text] of glossaryCitationsFile(cites.cited)) {
    outputs.set(path, text);
    hashes[path] = hash(text);
  }
  const samePapers = built.length === 0 && papers.size === Object.keys(manifest.papers).length;
  const sameBibliography = JSON.stringify(manifest.bibliography ?? null) === JSON.stringify(bibliography) && manifest.outputs[GLOSSARY_CITATIONS_FILE] === hashes[GLOSSARY_CITATIONS_FILE];
  let referenceCount = 0;
  if (samePapers && sameBibliography && manifest.bibliography !== undefined) {
    for (const [path, sha] of Object.entries(manifest.outputs)) {
      if (!path.startsWith('references/') || path === GLOSSARY_CITATIONS_FILE) continue;
      hashes[path] = sha;
      referenceCount++;
    }
  } else {
    const collected = collectReferences([...all.map((p) => p.found), cites.found], await loadBibliographies(options.contentDir), all.map((p) => p.listed));
    // Formatting needs citation-js, loaded only when some work has a title to format.
    const references = collected.some((r) => r.title) ? (await import('../write/cite-formats.ts')).formatReferences(collected) : collected;
    for (const ref of references) {
      const [path, text] = referenceFile(ref);
      hashes[path] = hash(text);
      outputs.set(path, text);
    }
    referenceCount = references.length;
  }

  collecting.end(`${referenceCount.toLocaleString('en')} references`);
  // Timed on its own: the bench reports the glossary's time against the collection's size.
  const finding = stage('ingest', 'glossary', undefined, out);

  // The collection's glossary depends on every paper's text: made again when any paper changed.
  if (samePapers) {
    for (const [path, sha] of Object.entries(manifest.outputs)) if (path.startsWith('glossary-found/')) hashes[path] = sha;
  } else {
    const { loadBackground } = await import('./background-words.ts');
    const byId = new Map<string, GlossaryInput>();
    for (const key of papers.keys()) {
      const input = glossaryInputs.get(key) ?? loadGlossaryInput(options.cacheDir, key);
      byId.set(input.id, input);
    }
    for (const concept of foundGlossary([...byId.values()].sort((a, b) => a.id.localeCompare(b.id)), loadBackground())) {
      const [path, text] = foundConceptFile(concept);
      hashes[path] = hash(text);
      outputs.set(path, text);
    }
    saveGlossaryInputs(options.cacheDir, glossaryInputs, new Set(papers.keys()));
  }

  const glossaryEntries = Object.keys(hashes).filter((path) => path.startsWith('glossary-found/')).length;
  finding.end(`${glossaryEntries.toLocaleString('en')} glossary entries found${samePapers ? ', as before' : ''}`);

  // 4. Write only what changed and remove what is no longer made, as one step (see content-swap.ts).
  const writing = stage('ingest', 'writing', undefined, out);
  const change = changeOf(outputs, hashes, manifest.outputs, present);
  commitContent(options.contentDir, change);
  const [written, removed] = [change.write.size, change.remove.size];
  writing.end(`${written.toLocaleString('en')} files written, ${removed.toLocaleString('en')} removed`);

  // The manifest changes only when some page was read or some file written or removed.
  if (readPages > 0 || written > 0 || removed > 0 || !sameBibliography || paths.length !== Object.keys(manifest.pages).length) {
    saveManifest(options.cacheDir, { version, contentDir, bibliography, pages: Object.fromEntries(entries), papers: Object.fromEntries(papers), outputs: hashes });
  }
  return {
    pages: paths.length,
    papers: all.length,
    references: referenceCount,
    rebuiltPapers: built.length,
    readPages,
    written,
    removed,
    warnings: all.flatMap((p) => p.warnings),
  };
}
