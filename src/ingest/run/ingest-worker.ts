/**
 * Worker thread of the incremental ingest: answers parse and build requests
 * with the same code the main thread runs when it works alone.
 */
import { parentPort } from 'node:worker_threads';
import { answerer } from '../../shared/request-reply.ts';
import { formatHere } from './cite-thread.ts';
import { createPageWork, type WorkRequest, type WorkResponse } from './page-work.ts';

// Each worker formats its own papers' citations: the workers already fill the cores.
const work = createPageWork(formatHere);
parentPort!.on(
  'message',
  answerer<WorkRequest, WorkResponse>((reply) => parentPort!.postMessage(reply), work),
);
