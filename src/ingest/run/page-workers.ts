/**
 * A pool of page workers: N worker threads, or this thread alone when N < 2.
 * Requests go to a chosen worker, which answers each in turn.
 */
import { Worker } from 'node:worker_threads';
import { requester } from '../../shared/request-reply.ts';
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
  const workers = Array.from({ length: count }, () => {
    const worker = new Worker(new URL('./ingest-worker.ts', import.meta.url));
    const channel = requester<WorkRequest, WorkResponse>((message) => worker.postMessage(message));
    worker.on('message', channel.settle);
    worker.on('error', channel.failAll);
    return { worker, channel };
  });
  return {
    size: count,
    send: (w, request) => workers[w]!.channel.request(request),
    close: async () => {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
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
