/**
 * A rendering process of the paper loader (see paper-render-pool.ts): told
 * the render settings first, then parses and renders papers with the
 * reader's Markdown stack, one after another in the order they came, and
 * writes each body beside the store. It exits when the pool disconnects.
 */
import { markdownOptions } from '../markdown/options.ts';
import { createPaperRenderer } from '../markdown/render-paper.ts';
import type { RenderJob, RenderReply, RenderSettings } from './paper-render-pool.ts';
import { renderPaperFile } from './paper-render-pool.ts';

let renderer: ReturnType<typeof createPaperRenderer> | undefined;
// One paper at a time, though several are handed over at once: memory stays that of one paper.
let previous: Promise<void> = Promise.resolve();

async function reply(id: number, job: RenderJob): Promise<void> {
  let message: RenderReply;
  try {
    message = { id, rendered: await renderPaperFile(renderer!, job) };
  } catch (error) {
    message = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  process.send!(message);
}

process.on('message', (message: { settings: RenderSettings } | { id: number; job: RenderJob }) => {
  if ('settings' in message) {
    renderer = createPaperRenderer(markdownOptions(message.settings));
    return;
  }
  previous = previous.then(() => reply(message.id, message.job));
});
