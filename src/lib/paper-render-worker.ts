/**
 * A rendering process of the paper loader (see paper-render-pool.ts): told
 * the render settings first, then renders papers with the reader's Markdown
 * stack and writes each body beside the store. It exits when the pool
 * disconnects.
 */
import { markdownOptions } from '../markdown/options.ts';
import { createPaperRenderer } from '../markdown/render-paper.ts';
import type { RenderJob, RenderSettings } from './paper-render-pool.ts';
import { renderPaperBody } from './paper-render-pool.ts';

let renderer: ReturnType<typeof createPaperRenderer> | undefined;

process.on('message', async (message: { settings: RenderSettings } | RenderJob) => {
  if ('settings' in message) {
    renderer = createPaperRenderer(markdownOptions(message.settings));
    return;
  }
  try {
    process.send!({ messages: await renderPaperBody(renderer!, message) });
  } catch (error) {
    process.send!({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
