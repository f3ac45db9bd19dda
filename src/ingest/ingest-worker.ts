/**
 * Worker thread of the incremental ingest: answers parse and build requests
 * with the same code the main thread runs when it works alone.
 */
import { parentPort } from 'node:worker_threads';
import { createPageWork, type WorkRequest } from './page-work.ts';

const work = createPageWork();
parentPort!.on('message', (request: WorkRequest) => {
  void work(request).then((response) => parentPort!.postMessage(response));
});
