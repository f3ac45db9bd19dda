/**
 * Renders papers for the paper loader on the machine's cores: a pool of
 * worker threads, or this thread alone when there is one core or one paper.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { TermEntry } from '../markdown/term-matcher.ts';
import { markdownOptions } from '../markdown/options.ts';
import { createPaperRenderer } from '../markdown/render-paper.ts';
import type { PaperBody } from './paper-body.ts';

/** Everything the rendered HTML depends on besides the Markdown and the plugins' code. */
export type RenderSettings = { base: string; terms: readonly TermEntry[] };

export type RenderJob = { markdown: string; frontmatter: Record<string, unknown>; path: string; bodyFile: string };

type Renderer = ReturnType<typeof createPaperRenderer>;

/** Renders one paper and writes its body; returns the plugins' messages. */
export async function renderPaperBody(renderer: Renderer, job: RenderJob): Promise<string[]> {
  const rendered = await renderer.render(job.markdown, job.frontmatter, job.path);
  const body: PaperBody = { html: rendered.html, headings: rendered.headings, frontmatter: rendered.frontmatter };
  writeFileSync(job.bodyFile, JSON.stringify(body));
  return rendered.messages;
}

export interface RenderPool {
  render(job: RenderJob): Promise<string[]>;
  close(): Promise<void>;
}

export function defaultWorkerCount(): number {
  return Math.min(availableParallelism(), 4);
}

export function startRenderPool(settings: RenderSettings, workers: number): RenderPool {
  if (workers < 2) {
    const renderer = createPaperRenderer(markdownOptions(settings));
    return { render: (job) => renderPaperBody(renderer, job), close: async () => undefined };
  }
  type Waiting = { job: RenderJob; resolve: (messages: string[]) => void; reject: (e: Error) => void };
  const queue: Waiting[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Waiting>();
  const dispatch = () => {
    while (idle.length && queue.length) {
      const worker = idle.pop()!;
      const next = queue.shift()!;
      busy.set(worker, next);
      worker.postMessage(next.job);
    }
  };
  const pool = Array.from({ length: workers }, () => {
    const worker = new Worker(new URL('./paper-render-worker.ts', import.meta.url), { workerData: settings });
    worker.on('message', (reply: { messages?: string[]; error?: string }) => {
      const done = busy.get(worker)!;
      busy.delete(worker);
      idle.push(worker);
      if (reply.error !== undefined) done.reject(new Error(`${done.job.path}: ${reply.error}`));
      else done.resolve(reply.messages ?? []);
      dispatch();
    });
    // A worker that dies fails the sync at once rather than leaving papers waiting.
    worker.on('error', (error) => {
      busy.get(worker)?.reject(error);
      for (const waiting of queue.splice(0)) waiting.reject(error);
    });
    idle.push(worker);
    return worker;
  });
  return {
    render: (job) =>
      new Promise((resolve, reject) => {
        queue.push({ job, resolve, reject });
        dispatch();
      }),
    close: async () => {
      await Promise.all(pool.map((w) => w.terminate()));
    },
  };
}
