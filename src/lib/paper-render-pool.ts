/**
 * Renders papers for the paper loader on the machine's cores: a pool of
 * child processes, or this thread alone when there is one core or one paper.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
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
  const idle: ChildProcess[] = [];
  const busy = new Map<ChildProcess, Waiting>();
  let closing = false;
  const dispatch = () => {
    while (idle.length && queue.length) {
      const child = idle.pop()!;
      const next = queue.shift()!;
      busy.set(child, next);
      child.send(next.job);
    }
  };
  const fail = (child: ChildProcess, error: Error) => {
    busy.get(child)?.reject(error);
    busy.delete(child);
    for (const waiting of queue.splice(0)) waiting.reject(error);
  };
  // Processes, not worker threads: a thread's memory stays with the build
  // after it ends (about 300 MB at 1,000 papers, on top of the bundler's peak);
  // a process gives it back when it exits.
  const pool = Array.from({ length: workers }, () => {
    const child = fork(fileURLToPath(new URL('./paper-render-worker.ts', import.meta.url)), [], { serialization: 'advanced', execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.send({ settings });
    child.on('message', (reply: { messages?: string[]; error?: string }) => {
      const done = busy.get(child)!;
      busy.delete(child);
      idle.push(child);
      if (reply.error !== undefined) done.reject(new Error(`${done.job.path}: ${reply.error}`));
      else done.resolve(reply.messages ?? []);
      dispatch();
    });
    // A renderer that dies fails the sync at once rather than leaving papers waiting.
    child.on('error', (error) => fail(child, error));
    child.on('exit', (code, signal) => {
      if (!closing) fail(child, new Error(`paper renderer stopped (${signal ?? `exit code ${code}`})`));
    });
    idle.push(child);
    return child;
  });
  return {
    render: (job) =>
      new Promise((resolve, reject) => {
        queue.push({ job, resolve, reject });
        dispatch();
      }),
    close: async () => {
      closing = true;
      await Promise.all(
        pool.map((child) => (child.exitCode !== null || child.signalCode !== null ? undefined : new Promise((resolve) => (child.once('exit', resolve), child.disconnect())))),
      );
    },
  };
}
