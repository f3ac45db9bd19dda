/**
 * The incremental ingest's second stage: changed pages are parsed, and
 * papers whose pages changed are built, on worker threads; unchanged papers
 * come from the cache.
 */
import { basename } from 'node:path';
import { assignWorkers } from './balance-jobs.ts';
import type { BuiltPaper } from './build-papers.ts';
import { IngestError, IngestErrors } from '../stages/errors.ts';
import { groupPages, type PageWithSidecar } from '../stages/group-pages.ts';
import { type Manifest, type PageEntry, type PaperEntry, paperKey } from './ingest-cache.ts';
import type { ParsedPage } from '../stages/page.ts';
import type { BuildJob, WorkResponse } from './page-work.ts';
import { withPageWorkers } from './page-workers.ts';
import type { PageScan } from './scan-pages.ts';

export interface ChangedBuild {
  /** Every page's entry, read now or from the cache, by file name. */
  entries: Map<string, PageEntry>;
  /** Papers the cache still holds good, by key. */
  reused: Map<string, PaperEntry>;
  /** Papers built now, with their keys, in the order they were grouped. */
  built: { key: string; paper: BuiltPaper }[];
  readPages: number;
}

export interface BuildOptions {
  workers: number;
  citeThread: boolean;
  /** Output files present in content/ ("papers/x.md"): a cached paper whose files are gone is built again. */
  present: ReadonlySet<string>;
  /** Suffixes for papers whose made-up ids another paper shares, by first source page (see idSuffixes). */
  idSuffixes?: ReadonlyMap<string, string>;
}

export async function buildChanged(paths: readonly string[], scan: PageScan, manifest: Manifest, options: BuildOptions): Promise<ChangedBuild> {
  const { changed } = scan;
  const entries = new Map(scan.unchanged);
  const errors = [...scan.errors];
  const pathOf = new Map(paths.map((path) => [basename(path), path]));
  let readPages = 0;
  // Changed pages are parsed in contiguous runs (a paper's pages usually sit
  // together), each run in one worker, which keeps the pages it parsed.
  const size = Math.max(1, Math.min(options.workers, Math.floor(changed.length / 40)));
  return withPageWorkers(size, { citeThread: options.citeThread }, async (pool) => {
    const holder = new Map<string, number>();
    const run = Math.ceil(changed.length / pool.size);
    // Workers with nothing to do are not asked: a re-ingest with nothing changed loads no parser.
    const encodings: Record<string, string> = {};
    for (const [name, sidecar] of scan.sidecars) if (sidecar?.data.encoding) encodings[name] = sidecar.data.encoding;
    const parsed = await Promise.all(
      Array.from({ length: pool.size }, (_, w) => changed.slice(w * run, (w + 1) * run)).map((part, w) =>
        part.length > 0 ? pool.send(w, { type: 'parse', paths: part, encodings }) : Promise.resolve<WorkResponse>({ type: 'parsed', pages: [], errors: [] }),
      ),
    );
    parsed.forEach((response, w) => {
      if (response.type !== 'parsed') return;
      for (const e of response.errors) errors.push(new IngestError(e.file, e.reason, e.line));
      for (const page of response.pages) {
        holder.set(page.source, w);
        readPages++;
        entries.set(page.source, { ...scan.stats.get(page.source)!, sha256: page.sha256, sidecar: scan.sidecars.get(page.source) ?? null, kind: page.kind, number: page.number, facts: page.facts });
      }
    });
    if (errors.length > 0) throw new IngestErrors(errors);
    const inputs: PageWithSidecar[] = paths.map((path) => {
      const name = basename(path);
      const entry = entries.get(name)!;
      const page: ParsedPage = { source: name, sha256: entry.sha256, kind: entry.kind, number: entry.number, facts: entry.facts, body: [], dropped: [] };
      return { page, ...(entry.sidecar ? { sidecar: entry.sidecar.data } : {}) };
    });

    // Papers: reuse what is unchanged; build the rest where most of their pages were parsed.
    const reused = new Map<string, PaperEntry>();
    const jobs: { key: string; job: BuildJob; worker: number; preferred: number | undefined; weight: number }[] = [];
    for (const grouped of groupPages(inputs)) {
      const suffix = options.idSuffixes?.get(grouped.pages[0]!.page.source);
      const draft = suffix ? { ...grouped, idSuffix: suffix } : grouped;
      const key = paperKey(draft, entries);
      const cached = manifest.papers[key];
      if (cached?.files.every(([path, sha]) => manifest.outputs[path] === sha && options.present.has(path))) {
        reused.set(key, cached);
        continue;
      }
      const job: BuildJob = {
        pages: draft.pages.map((p) => ({ source: p.page.source, path: pathOf.get(p.page.source)!, ...(p.sidecar ? { sidecar: p.sidecar } : {}) })),
        continues: draft.continues,
        missing: draft.missing,
        ...(draft.range ? { range: draft.range } : {}),
        ...(draft.idSuffix ? { idSuffix: draft.idSuffix } : {}),
      };
      const preferred = draft.pages.map((p) => holder.get(p.page.source)).find((w) => w !== undefined);
      const weight = draft.pages.reduce((sum, p) => sum + (entries.get(p.page.source)?.size ?? 0), 0);
      jobs.push({ key, job, worker: 0, preferred, weight });
    }
    assignWorkers(jobs, pool.size).forEach((worker, i) => (jobs[i]!.worker = worker));
    const responses = await Promise.all(
      Array.from({ length: pool.size }, (_, w) => jobs.filter((j) => j.worker === w).map((j) => j.job)).map((mine, w) =>
        mine.length > 0 ? pool.send(w, { type: 'build', jobs: mine }) : Promise.resolve<WorkResponse>({ type: 'built', papers: [], parsed: 0 }),
      ),
    );
    const builtBy = responses.map((r) => {
      if (r.type === 'failed') throw new IngestError(r.error.file, r.error.reason, r.error.line);
      if (r.type !== 'built') throw new Error('page worker answered a build with a parse');
      readPages += r.parsed;
      return r.papers;
    });
    // Results back in the order the papers were grouped, whatever the scheduling.
    const next = builtBy.map(() => 0);
    const built = jobs.map((j) => ({ key: j.key, paper: builtBy[j.worker]![next[j.worker]!++]! }));
    return { entries, reused, built, readPages };
  });
}
