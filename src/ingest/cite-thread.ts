/**
 * Where the papers' own citations are formatted. citeproc-js takes about a
 * third of the ingest's time yet needs only each paper's metadata, so when
 * the ingest would otherwise work in one thread on a machine with more cores,
 * it hands the formatting to a thread of its own, which formats one batch
 * while the ingest assembles the next.
 */
import { Worker } from 'node:worker_threads';
import { cslItem } from '../model/csl.ts';
import type { CitationFormats, PaperMeta } from '../model/schema.ts';

export type FormatCitations = (metas: readonly PaperMeta[]) => Promise<CitationFormats[]>;

export interface CiteFormatter {
  format: FormatCitations;
  close(): Promise<void>;
}

/** In this thread (citation-js is loaded on the first call). */
export const formatHere: FormatCitations = async (metas) => (await import('./cite-formats.ts')).formatCitations(metas);

/** Formatting on a thread of its own (see startCiteThread), or in this thread. */
export function startCiteFormatter(ownThread: boolean): CiteFormatter {
  return ownThread ? startCiteThread() : { format: formatHere, close: async () => undefined };
}

/** What the citation thread answers for batch `id`. */
export type CiteReply = { id: number } & ({ formats: CitationFormats[] } | { error: string });

/** Formatting on a thread of its own. */
export function startCiteThread(): CiteFormatter {
  let nextId = 0;
  const waiting = new Map<number, { resolve: (f: CitationFormats[]) => void; reject: (e: Error) => void }>();
  // Started at once: it loads citation-js and compiles the styles while the ingest reads pages.
  const worker = new Worker(new URL('./cite-worker.ts', import.meta.url));
  worker.on('message', (reply: CiteReply) => {
    const done = waiting.get(reply.id)!;
    waiting.delete(reply.id);
    if ('error' in reply) done.reject(new Error(reply.error));
    else done.resolve(reply.formats);
  });
  worker.on('error', (error) => {
    for (const done of waiting.values()) done.reject(error);
    waiting.clear();
  });
  return {
    format: (metas) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        // Only what CSL reads crosses to the thread, not the papers' text.
        worker.postMessage({ id, items: metas.map(cslItem) });
      }),
    close: async () => {
      await worker.terminate();
    },
  };
}
