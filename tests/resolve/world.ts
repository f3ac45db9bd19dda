/**
 * The resolve tests' world: a temporary content folder with the fixture
 * references, a replay server for each API (two hosts, as in life) serving
 * the fixture answers, and a virtual clock, so waits (rate limits, back-off)
 * are recorded instead of slept and the tests stay fast.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResolveOptions } from '../../src/resolve/options.ts';
import type { Clock } from '../../src/resolve/rate-limit.ts';
import type { RunResult } from '../../src/resolve/run.ts';
import { resolveReferences } from '../../src/resolve/run.ts';
import type { ReplayServer } from '../helpers/replay-server.ts';
import { CROSSREF_RATE_HEADERS, FIXTURES, ok, startReplayServer } from '../helpers/replay-server.ts';

export const MAILTO = 'curator@example.org';

export type FakeClock = Clock & { sleeps: number[] };

/** Time that moves only when slept; every sleep is recorded. */
export function fakeClock(): FakeClock {
  let now = Date.UTC(2026, 0, 1);
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

export type Run = { result: RunResult; out: string; err: string[]; questions: string[] };

export type World = {
  content: string;
  crossref: ReplayServer;
  openalex: ReplayServer;
  clock: FakeClock;
  /** Runs the resolver with fast settings (and --yes unless `answers` are given). */
  run(options?: Partial<ResolveOptions>, answers?: (string | null)[]): Promise<Run>;
  close(): Promise<void>;
};

export async function startWorld(keys?: string[]): Promise<World> {
  const content = mkdtempSync(join(tmpdir(), 'folio-resolve-'));
  cpSync(join(FIXTURES, 'references'), join(content, 'references'), { recursive: true });
  if (keys) for (const file of readdirSync(join(content, 'references'))) if (!keys.includes(file.replace(/\.yaml$/, ''))) rmSync(join(content, 'references', file));

  const crossref = await startReplayServer([
    { path: '/works', query: { 'query.author': 'Okafor Lindqvist' }, replies: ok('crossref/search-okafor-lindqvist-2019', CROSSREF_RATE_HEADERS) },
    { path: '/works/10.5555/rdi.2021.17', replies: ok('crossref/work-marsh-2021', CROSSREF_RATE_HEADERS) },
    { path: '/works', query: { 'query.author': 'Quell' }, replies: ok('crossref/search-quell-2020', CROSSREF_RATE_HEADERS) },
    { path: '/works', query: { 'query.author': 'Vance' }, replies: ok('crossref/search-vance-2017', CROSSREF_RATE_HEADERS) },
  ]);
  const openalex = await startReplayServer([
    { path: '/works', query: { search: 'Tidal Ledgers', filter: 'publication_year:2019' }, replies: ok('openalex/search-okafor-lindqvist-2019') },
    { path: '/works/doi:10.5555/rdi.2021.17', replies: ok('openalex/work-marsh-2021') },
    { path: '/works', query: { filter: 'raw_author_name.search:Quell,publication_year:2020' }, replies: ok('openalex/search-quell-2020') },
    { path: '/works', query: { search: 'Clockwork Tariffs and the Late Guild Economy' }, replies: ok('openalex/search-vance-2017') },
  ]);
  const clock = fakeClock();

  return {
    content,
    crossref,
    openalex,
    clock,
    async run(options = {}, answers) {
      const lines: string[] = [];
      const err: string[] = [];
      const questions: string[] = [];
      const queue = answers ? [...answers] : undefined;
      const result = await resolveReferences(
        {
          contentDir: content,
          crossrefUrl: crossref.url,
          openalexUrl: openalex.url,
          mailto: MAILTO,
          yes: !answers,
          requestsPerSecond: 0,
          timeoutMs: 300,
          retries: 3,
          backoffMs: 10,
          clock,
          ...options,
        },
        {
          out: (text) => lines.push(text),
          err: (text) => err.push(text),
          ask: queue
            ? async (question) => {
                questions.push(question);
                return queue.length > 0 ? queue.shift()! : null;
              }
            : undefined,
        },
      );
      return { result, out: lines.join('\n'), err, questions };
    },
    async close() {
      await Promise.all([crossref.close(), openalex.close()]);
      rmSync(content, { recursive: true, force: true });
    },
  };
}
