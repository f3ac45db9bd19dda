/**
 * Where the papers' own citations are formatted. citeproc-js takes about a
 * third of the ingest's time yet needs only each paper's metadata, so when
 * the ingest would otherwise work in one thread on a machine with more cores,
 * it hands the formatting to a thread of its own, which formats one batch
 * while the ingest assembles the next.
 */
import { cslItem } from '../../model/csl.ts';
import type { CitationFormats, PaperMeta } from '../../model/schema.ts';
import { startPool } from '../../shared/worker-pool.ts';

/** What the citation thread is sent: papers as CSL-JSON items (see cslItem). */
export type CslItems = Record<string, unknown>[];

export type FormatCitations = (metas: readonly PaperMeta[]) => Promise<CitationFormats[]>;

export interface CiteFormatter {
  format: FormatCitations;
  close(): Promise<void>;
}

/** In this thread (citation-js is loaded on the first call). */
export const formatHere: FormatCitations = async (metas) => (await import('../write/cite-formats.ts')).formatCitations(metas);

/** Formatting on a thread of its own (see startCiteThread), or in this thread. */
export function startCiteFormatter(ownThread: boolean): CiteFormatter {
  return ownThread ? startCiteThread() : { format: formatHere, close: async () => undefined };
}

/** Formatting on a thread of its own. */
export function startCiteThread(): CiteFormatter {
  // Started at once: it loads citation-js and compiles the styles while the ingest reads pages.
  const thread = startPool<CslItems, CitationFormats[], null>({ name: 'citation thread', module: new URL('../write/cite-formats.ts', import.meta.url), init: null, size: 1, kind: 'thread' });
  return {
    // Only what CSL reads crosses to the thread, not the papers' text.
    format: (metas) => thread.request(metas.map(cslItem)),
    close: thread.close,
  };
}
