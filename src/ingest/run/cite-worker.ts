/**
 * The citation thread (see cite-thread.ts): formats batches of CSL-JSON
 * items with citation-js, in the order they come.
 */
import { parentPort } from 'node:worker_threads';
import { answerer } from '../../shared/request-reply.ts';
import { formatCslItems, prepareStyles } from '../write/cite-formats.ts';
import type { CslItems } from './cite-thread.ts';

prepareStyles();

parentPort!.on(
  'message',
  answerer((reply) => parentPort!.postMessage(reply), (items: CslItems) => formatCslItems(items)),
);
