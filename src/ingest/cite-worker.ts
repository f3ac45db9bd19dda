/**
 * The citation thread (see cite-thread.ts): formats batches of CSL-JSON
 * items with citation-js, in the order they come.
 */
import { parentPort } from 'node:worker_threads';
import { formatCslItems, prepareStyles } from './cite-formats.ts';
import type { CiteReply } from './cite-thread.ts';

prepareStyles();

parentPort!.on('message', ({ id, items }: { id: number; items: Record<string, unknown>[] }) => {
  let reply: CiteReply;
  try {
    reply = { id, formats: formatCslItems(items) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply);
});
