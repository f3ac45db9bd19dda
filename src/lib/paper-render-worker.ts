/**
 * A rendering process of the paper loader (see paper-render-pool.ts): told
 * the render settings first, then parses and renders papers with the
 * reader's Markdown stack, one after another in the order they came, and
 * writes each body beside the store. It exits when the pool disconnects.
 */
import { markdownOptions } from '../markdown/options.ts';
import { createPaperRenderer } from '../markdown/render-paper.ts';
import type { RenderJob, RenderReply, RenderSettings } from './paper-render-pool.ts';
import { oneAtATime, renderPaperFile } from './paper-render-pool.ts';

let render: ((job: RenderJob) => ReturnType<typeof renderPaperFile>) | undefined;

process.on('message', (message: { settings: RenderSettings } | { id: number; job: RenderJob }) => {
  if ('settings' in message) {
    const renderer = createPaperRenderer(markdownOptions(message.settings));
    render = oneAtATime((job) => renderPaperFile(renderer, job));
    return;
  }
  const { id, job } = message;
  render!(job).then(
    (rendered) => process.send!({ id, rendered } satisfies RenderReply),
    (error: unknown) => process.send!({ id, error: error instanceof Error ? error.message : String(error) } satisfies RenderReply),
  );
});
