/**
 * The two kinds of work the incremental ingest hands out, written once and
 * run either in a worker thread or in this thread: parse source pages
 * (keeping the parsed pages where they were parsed), then build papers from
 * them, parsing only the few pages that another worker read.
 */
import type { MissingPages, SourceSidecar } from '../../model/schema.ts';
import type { BuiltPaper } from './build-papers.ts';
import type { FormatCitations } from './cite-thread.ts';
import { IngestError } from '../stages/errors.ts';
import type { PageFacts, ParsedPage } from '../stages/page.ts';
import { parseSourcePage } from '../stages/parse-page.ts';
import { readSourceBytes } from './source-files.ts';

export interface PageSummary {
  source: string;
  sha256: string;
  kind: ParsedPage['kind'];
  number: number | null;
  facts: PageFacts;
}

export interface BuildJob {
  pages: { source: string; path: string; sidecar?: SourceSidecar }[];
  continues: boolean[];
  missing: MissingPages[];
  range?: { first: number; last: number };
  idSuffix?: string;
}

/** `encodings`: what sidecars say pages are in, by source name (only pages that are not UTF-8). */
export type WorkRequest = { type: 'parse'; paths: string[]; encodings: Record<string, string> } | { type: 'build'; jobs: BuildJob[] };
export type WorkError = { file: string; reason: string; line?: number };
export type WorkResponse =
  | { type: 'parsed'; pages: PageSummary[]; errors: WorkError[] }
  | { type: 'built'; papers: BuiltPaper[]; parsed: number }
  | { type: 'failed'; error: WorkError };

const toError = (e: IngestError): WorkError => ({ file: e.file, reason: e.reason, ...(e.line !== undefined ? { line: e.line } : {}) });

/** One worker's state: the pages it parsed, by source name. Papers' own citations are formatted by `format`. */
export function createPageWork(format: FormatCitations): (request: WorkRequest) => Promise<WorkResponse> {
  const held = new Map<string, ParsedPage>();
  const parse = (path: string, source: string, encoding?: string) => parseSourcePage(source, readSourceBytes(path, source), encoding);
  return async (request) => {
    if (request.type === 'parse') {
      const pages: PageSummary[] = [];
      const errors: WorkError[] = [];
      for (const path of request.paths) {
        const source = path.slice(path.lastIndexOf('/') + 1);
        try {
          const page = parse(path, source, request.encodings[source]);
          held.set(source, page);
          pages.push({ source, sha256: page.sha256, kind: page.kind, number: page.number, facts: page.facts });
        } catch (error) {
          if (!(error instanceof IngestError)) throw error;
          errors.push(toError(error));
        }
      }
      return { type: 'parsed', pages, errors };
    }
    const { buildPapers } = await import('./build-papers.ts');
    let parsed = 0;
    try {
      const drafts = request.jobs.map((job) => ({
        continues: job.continues,
        missing: job.missing,
        ...(job.range ? { range: job.range } : {}),
        ...(job.idSuffix ? { idSuffix: job.idSuffix } : {}),
        pages: job.pages.map((p) => {
          let page = held.get(p.source);
          if (!page) {
            page = parse(p.path, p.source, p.sidecar?.encoding);
            parsed++;
          }
          return { page, ...(p.sidecar ? { sidecar: p.sidecar } : {}) };
        }),
      }));
      return { type: 'built', papers: await buildPapers(drafts, format), parsed };
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      return { type: 'failed', error: toError(error) };
    }
  };
}

/** A page worker's work (see worker-pool.ts): its papers' citations are formatted in that worker. */
export async function createWork(): Promise<(request: WorkRequest) => Promise<WorkResponse>> {
  const { formatHere } = await import('./cite-thread.ts');
  return createPageWork(formatHere);
}
