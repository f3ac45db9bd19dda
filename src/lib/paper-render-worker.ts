/**
 * A worker thread of the paper loader: renders papers with the reader's
 * Markdown stack and writes each body beside the store.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { markdownOptions } from '../markdown/options.ts';
import { createPaperRenderer } from '../markdown/render-paper.ts';
import type { RenderJob, RenderSettings } from './paper-render-pool.ts';
import { renderPaperBody } from './paper-render-pool.ts';

const settings = workerData as RenderSettings;
const renderer = createPaperRenderer(markdownOptions(settings));

parentPort!.on('message', async (job: RenderJob) => {
  try {
    parentPort!.postMessage({ messages: await renderPaperBody(renderer, job) });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
