/**
 * The page workers: N worker threads of the one pool (shared/worker-pool.ts),
 * or this thread alone when N < 2. Requests go to a chosen worker, which
 * keeps the pages it parsed and answers each request in turn.
 */
import { startPool } from '../../shared/worker-pool.ts';
import { type CiteFormatter, startCiteFormatter } from './cite-thread.ts';
import type { WorkRequest, WorkResponse } from './page-work.ts';

export interface PageWorkers {
  size: number;
  send(worker: number, request: WorkRequest): Promise<WorkResponse>;
  close(): Promise<void>;
}

/**
 * `citeThread`: when working in this thread, format the papers' own
 * citations on a thread of their own (see cite-thread.ts).
 */
export function startPageWorkers(count: number, { citeThread = false } = {}): PageWorkers {
  if (count < 2) {
    // Loaded on the first request: a re-ingest with nothing changed sends none,
    // and skips loading the parsers (part of its one-second budget).
    let work: Promise<(request: WorkRequest) => Promise<WorkResponse>> | undefined;
    let cite: CiteFormatter | undefined;
    return {
      size: 1,
      send: async (_w, request) => (await (work ??= import('./page-work.ts').then((m) => m.createPageWork((cite = startCiteFormatter(citeThread)).format))))(request),
      close: async () => cite?.close(),
    };
  }
  // Each worker formats its own papers' citations: the workers already fill the cores.
  const pool = startPool<WorkRequest, WorkResponse, null>({ name: 'page worker', module: new URL('./page-work.ts', import.meta.url), init: null, size: count, kind: 'thread' });
  return { size: count, send: (w, request) => pool.request(request, w), close: pool.close };
}

/** Run `work` with a pool of `count` workers, closing it whatever happens. */
export async function withPageWorkers<T>(count: number, options: { citeThread?: boolean }, work: (pool: PageWorkers) => Promise<T>): Promise<T> {
  const pool = startPageWorkers(count, options);
  try {
    return await work(pool);
  } finally {
    await pool.close();
  }
}
