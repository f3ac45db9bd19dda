/**
 * Renders papers for the paper loader on the machine's cores: a pool of
 * child processes, or this thread alone (see defaultWorkerCount).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processingAsync } from '../shared/fault.ts';
import { faultSummary, writeFaultLog } from '../shared/fault-log.ts';
import { availableParallelism } from 'node:os';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { frontmatterForPlugins } from '../markdown/index.ts';
import type { TermEntry } from '../markdown/term-matcher.ts';
import { markdownOptions } from '../markdown/options.ts';
import { createPaperRenderer } from '../markdown/render-paper.ts';
import type { PaperBody } from './paper-body.ts';
import { startPool } from '../shared/worker-pool.ts';

/** Everything the rendered HTML depends on besides the Markdown and the plugins' code. */
export type RenderSettings = { base: string; terms: readonly TermEntry[] };

/** A paper's file: its whole text, where it is, and where its body goes. */
export type RenderJob = { contents: string; path: string; bodyFile: string };

export type RenderedFile = {
  /** The file's frontmatter, as parsed, for the collection's schema to validate. */
  frontmatter: Record<string, unknown>;
  /** The plugins' messages, as "line:column: reason" counted in the file. */
  messages: string[];
};

type Renderer = ReturnType<typeof createPaperRenderer>;

/**
 * Parses one paper's file, renders its Markdown and writes its body. The
 * frontmatter is parsed here, beside the rendering, so that rendering
 * processes share it out: at a thousand papers it is a second of YAML, which
 * the loader's thread (validating, storing, handing out papers) would
 * otherwise do alone.
 */
export async function renderPaperFile(renderer: Renderer, job: RenderJob): Promise<RenderedFile> {
  try {
    return await processingAsync([job.path], () => renderPaperFileOrThrow(renderer, job));
  } catch (error) {
    throw paperFileError(job.path, error);
  }
}

/**
 * What failed, named by its file, the same in this thread and from a
 * rendering process, in one line. A mistake in the frontmatter reads
 * "file:line: reason" (js-yaml's `mark.line` counts from the opening fence's
 * line, from 0); anything else is a bug of ours: "file: internal error …",
 * with its stack in a log file the line names (.cache/logs/), not in front of
 * the curator. The Error carries no stack of its own for Astro to print.
 */
export function paperFileError(path: string, error: unknown): Error {
  const yaml = ((error as { cause?: unknown }).cause ?? error) as { reason?: unknown; mark?: { line?: unknown } };
  const message =
    typeof yaml.reason === 'string' && typeof yaml.mark?.line === 'number'
      ? `${path}:${yaml.mark.line + 1}: ${yaml.reason}`
      : `${path}: internal error while rendering this paper: ${faultSummary(error)}; this is a bug in Folio, not a problem with the file; the details are in ${writeFaultLog(join(process.cwd(), '.cache', 'logs'), 'build', error)}`;
  const out = new Error(message, { cause: error });
  out.stack = message;
  return out;
}

async function renderPaperFileOrThrow(renderer: Renderer, job: RenderJob): Promise<RenderedFile> {
  const { frontmatter, content } = parseFrontmatter(job.contents);
  const markdown = content.trim();
  const rendered = await renderer.render(markdown, frontmatterForPlugins(frontmatter), job.path);
  const body: PaperBody = { html: rendered.html, headings: rendered.headings, frontmatter: rendered.frontmatter };
  writeFileSync(job.bodyFile, JSON.stringify(body));
  // Plugins count lines in the body; the reader of a warning counts them in the file.
  const offset = job.contents.slice(0, job.contents.indexOf(markdown)).split('\n').length - 1;
  const messages = rendered.messages.map((m) => {
    const [line, ...rest] = m.split(':');
    return `${Number(line) + offset}:${rest.join(':')}`;
  });
  return { frontmatter, messages };
}

/**
 * `render` for papers handed over many at once, run one after another in the
 * order they came: a thousand papers' trees alive at once kept the garbage
 * collector busy.
 */
export function oneAtATime(render: (job: RenderJob) => Promise<RenderedFile>): (job: RenderJob) => Promise<RenderedFile> {
  let previous: Promise<unknown> = Promise.resolve();
  return (job) => {
    const rendered = previous.then(() => render(job));
    previous = rendered.catch(() => undefined);
    return rendered;
  };
}

export interface RenderPool {
  render(job: RenderJob): Promise<RenderedFile>;
  close(): Promise<void>;
}

/**
 * Rendering processes: one for every core but the one the build's own thread
 * needs, up to four. On two cores that is none (this thread renders): two
 * processes there synced 1,000 papers no faster (10.1 and 10.8 s against
 * 9.8 and 10.5 s, alternating) for half as much CPU time again.
 */
export function defaultWorkerCount(): number {
  return Math.min(Math.max(1, availableParallelism() - 1), 4);
}

/**
 * Papers handed to a renderer ahead of the one it is on. With one at a time
 * it waited for this thread after every paper, and this thread is busy for
 * seconds at a time (validating and storing what came back).
 */
const AHEAD = 16;

/** A rendering process's work (see worker-pool.ts): papers rendered one after another, as they come. */
export function createWork(settings: RenderSettings): (job: RenderJob) => Promise<RenderedFile> {
  const renderer = createPaperRenderer(markdownOptions(settings));
  return oneAtATime((job) => renderPaperFile(renderer, job));
}

export function startRenderPool(settings: RenderSettings, workers: number): RenderPool {
  if (workers < 2) return { render: createWork(settings), close: async () => undefined };
  // Processes, not worker threads: a thread's memory stays with the build
  // after it ends (about 300 MB at 1,000 papers, on top of the bundler's peak);
  // a process gives it back when it exits. A renderer that dies fails the sync
  // at once rather than leaving papers waiting (the reason names the file already: see paperFileError).
  const pool = startPool<RenderJob, RenderedFile, RenderSettings>({ name: 'paper renderer', module: new URL(import.meta.url), init: settings, size: workers, kind: 'process', ahead: AHEAD });
  return { render: (job) => pool.request(job), close: pool.close };
}
