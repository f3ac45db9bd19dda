/**
 * A rendering process of the paper loader (see paper-render-pool.ts): told
 * the render settings first, then parses and renders papers with the
 * reader's Markdown stack, one after another in the order they came, and
 * writes each body beside the store. It exits when the pool disconnects.
 */
import { markdownOptions } from '../markdown/options.ts';
import { createPaperRenderer } from '../markdown/render-paper.ts';
import type { RenderedFile, RenderJob, RenderStart } from './paper-render-pool.ts';
import { oneAtATime, renderPaperFile } from './paper-render-pool.ts';
import { answerer, type Reply, type Request } from '../shared/request-reply.ts';

let answer: ((message: Request<RenderJob>) => void) | undefined;

process.on('disconnect', () => process.exit(0));

process.on('message', (message: RenderStart | Request<RenderJob>) => {
  if ('settings' in message) {
    const renderer = createPaperRenderer(markdownOptions(message.settings));
    // After a failure the pool disconnects while papers may still be in hand: no one is left to tell.
    // A send that fails all the same (the channel closing as it is written) goes to the callback, not an 'error' event with a stack.
    const reply = (r: Reply<RenderedFile>) => void (process.connected && process.send!(r, undefined, {}, () => undefined));
    answer = answerer(reply, oneAtATime((job) => renderPaperFile(renderer, job)));
    return;
  }
  answer!(message);
});
