/**
 * The resolver's settings: one type, `ResolveOptions`, for the command line
 * and for callers (the project's config can pass its own), with the defaults
 * in one place. `parseArgs` turns `npm run references:resolve -- ...` into
 * options; a bad flag is a one-line usage error, never a stack trace.
 */
import { config } from '../shared/config.ts';
import { join } from 'node:path';
import { parseArgs as parseNodeArgs } from 'node:util';
import { CROSSREF_URL } from './crossref.ts';
import { OPENALEX_URL } from './openalex.ts';
import type { HttpSettings } from './http.ts';
import { realClock } from './rate-limit.ts';
import { DEFAULT_THRESHOLD } from './score.ts';

export type ResolveOptions = {
  /** The content folder: references/ in it, bibliography.json and .resolve-cache/ beside. */
  contentDir: string;
  /** Default: <contentDir>/bibliography.json */
  bibliographyPath: string;
  /** Default: <contentDir>/bibliography.bib; works with a record there are left to it. */
  curatedBibliographyPath: string;
  /** Default: <contentDir>/.resolve-cache */
  cacheDir: string;
  crossrefUrl: string;
  openalexUrl: string;
  /** OpenAlex API key (FOLIO_OPENALEX_API_KEY); without one OpenAlex allows only a few searches a day. */
  openalexApiKey?: string;
  /** Least confidence --yes accepts. */
  threshold: number;
  /** Accept the best candidate at or above the threshold without asking. */
  yes: boolean;
  /** Look up and show, but write nothing (neither bibliography nor cache). */
  dryRun: boolean;
  /** Look up again works already in bibliography.json. */
  refresh: boolean;
  /** Only these reference keys (all that lack details when empty). */
  keys: string[];
  // The curator's address (--mailto, else FOLIO_MAILTO), rate limits, time-outs and retries: the HTTP client's.
} & HttpSettings;

export const DEFAULTS = {
  crossrefUrl: CROSSREF_URL,
  openalexUrl: OPENALEX_URL,
  threshold: DEFAULT_THRESHOLD,
  yes: false,
  dryRun: false,
  refresh: false,
  keys: [] as string[],
  requestsPerSecond: 2,
  timeoutMs: 15_000,
  retries: 3,
  backoffMs: 1_000,
  maxRetryAfterMs: 120_000,
} as const;

/** Full options from what a caller gives; paths default to places inside `contentDir`. */
export function withDefaults(given: Partial<ResolveOptions> & { contentDir: string }, env: NodeJS.ProcessEnv = process.env): ResolveOptions {
  const defined = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as Partial<ResolveOptions> & { contentDir: string };
  return {
    ...DEFAULTS,
    keys: [],
    bibliographyPath: join(defined.contentDir, 'bibliography.json'),
    curatedBibliographyPath: join(defined.contentDir, 'bibliography.bib'),
    cacheDir: join(defined.contentDir, '.resolve-cache'),
    mailto: env.FOLIO_MAILTO || undefined,
    openalexApiKey: env.FOLIO_OPENALEX_API_KEY || undefined,
    clock: realClock,
    ...defined,
  };
}

export class UsageError extends Error {}

export const USAGE = `Usage: npm run references:resolve -- [options] [reference-key ...]

Looks up the works the collection knows too little about in Crossref and
OpenAlex and adds the ones you accept to content/bibliography.json.

  --mailto ADDRESS       your address for the APIs' polite pools (else FOLIO_MAILTO)
  --yes                  accept the best candidate at or above --threshold, without asking
  --threshold N          least confidence --yes accepts, 0..1 (default ${DEFAULT_THRESHOLD})
  --dry-run              look up and show, write nothing
  --refresh              look up again works already in bibliography.json
  --content DIR          content folder (default content)
  --crossref-url URL     Crossref API base (default ${CROSSREF_URL})
  --openalex-url URL     OpenAlex API base (default ${OPENALEX_URL})
  --rate N               at most N requests a second to one host (default ${DEFAULTS.requestsPerSecond})
  --timeout-ms N         give up on an answer after N ms (default ${DEFAULTS.timeoutMs})
  --retries N            tries after the first on 429, 5xx, time-outs (default ${DEFAULTS.retries})
  --backoff-ms N         first wait before trying again; doubles each time (default ${DEFAULTS.backoffMs})
See docs/resolving-references.md.`;

function number(name: string, text: string | undefined, min: number, max = Infinity): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < min || value > max) {
    throw new UsageError(`--${name} must be a number${max === Infinity ? ` of at least ${min}` : ` from ${min} to ${max}`}, not "${text}"`);
  }
  return value;
}

/** Options from the command line and environment; `help` when asked for the usage. */
export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): { help: true } | { help: false; options: ResolveOptions } {
  let parsed;
  try {
    parsed = parseNodeArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        mailto: { type: 'string' },
        yes: { type: 'boolean', short: 'y' },
        threshold: { type: 'string' },
        'dry-run': { type: 'boolean' },
        refresh: { type: 'boolean' },
        content: { type: 'string' },
        'crossref-url': { type: 'string' },
        'openalex-url': { type: 'string' },
        rate: { type: 'string' },
        'timeout-ms': { type: 'string' },
        retries: { type: 'string' },
        'backoff-ms': { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  for (const name of ['crossref-url', 'openalex-url'] as const) {
    const url = values[name];
    if (url !== undefined && !/^https?:\/\/[^/]/.test(url)) throw new UsageError(`--${name} must be an http(s) URL, not "${url}"`);
  }
  const mailto = values.mailto ?? (env.FOLIO_MAILTO || undefined) ?? config.mailto;
  if (mailto !== undefined && !/^[^\s@]+@[^\s@]+$/.test(mailto)) throw new UsageError(`--mailto must be an e-mail address, not "${mailto}"`);
  const options = withDefaults(
    {
      contentDir: values.content ?? 'content',
      mailto,
      yes: values.yes,
      dryRun: values['dry-run'],
      refresh: values.refresh,
      keys: positionals,
      threshold: number('threshold', values.threshold, 0, 1),
      crossrefUrl: values['crossref-url'],
      openalexUrl: values['openalex-url'],
      requestsPerSecond: number('rate', values.rate, 0.1),
      timeoutMs: number('timeout-ms', values['timeout-ms'], 1),
      retries: number('retries', values.retries, 0),
      backoffMs: number('backoff-ms', values['backoff-ms'], 0),
    },
    env,
  );
  return { help: false, options };
}
