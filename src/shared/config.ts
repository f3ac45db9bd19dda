/**
 * The one place Folio's settings are read: folio.config.ts at the project's
 * root, validated, with environment variables overriding it for one run.
 * astro.config.mjs, the content collections, the build's source view and the
 * curator's commands all take their settings from here.
 */
import { join } from 'node:path';
import { z } from 'zod';
import settingsFile from '../../folio.config.ts';

export const folioSettings = z
  .object({
    /** The host the site is deployed to: canonical URLs, Open Graph, the sitemap and robots.txt need absolute addresses. */
    site: z.url().default('http://127.0.0.1:4321'),
    /** The path the reader is served under: '/' or '/sub/path/'. */
    base: z.string().regex(/^\/(?:[^/]+\/)*$/, 'a path that starts and ends with "/", such as "/" or "/folio/"').default('/'),
    /** The content folder: sources, generated papers and references, glossary, bibliography. */
    content: z.string().min(1).default('./content'),
    /** Where the source pages are (default: sources/ in the content folder). */
    sources: z.string().min(1).optional(),
    /** Where the curated glossary is (default: glossary/ in the content folder). */
    glossary: z.string().min(1).optional(),
    /** The build's output folder, and Astro's cache. */
    out: z.string().min(1).default('./dist'),
    cache: z.string().min(1).default('./node_modules/.astro'),
    /** An e-mail address sent with requests to Crossref and OpenAlex (references:resolve), as their polite pools ask. */
    mailto: z.email().optional(),
  })
  .strict();

export type FolioSettings = z.input<typeof folioSettings>;
export type FolioConfig = z.output<typeof folioSettings> & { sources: string; glossary: string; glossaryFound: string };

const ENV: Record<string, keyof FolioSettings> = {
  FOLIO_SITE: 'site',
  FOLIO_BASE: 'base',
  FOLIO_CONTENT: 'content',
  FOLIO_SOURCES: 'sources',
  FOLIO_GLOSSARY: 'glossary',
  FOLIO_OUT: 'out',
  FOLIO_CACHE: 'cache',
  FOLIO_MAILTO: 'mailto',
};

/** The settings: folio.config.ts, then the environment's overrides; a wrong value names its setting. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, file: FolioSettings = settingsFile): FolioConfig {
  const given: Record<string, string> = {};
  for (const [name, key] of Object.entries(ENV)) if (env[name] !== undefined && env[name] !== '') given[key] = env[name]!;
  const result = folioSettings.safeParse({ ...file, ...given });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const key = String(issue.path[0] ?? '');
    const from = Object.entries(ENV).find(([name, k]) => k === key && given[k] !== undefined)?.[0];
    throw new Error(`${from ? `${from} (environment)` : `folio.config.ts: ${key}`}: ${issue.message}`);
  }
  const s = result.data;
  // The glossary the ingest finds in the collection is generated content, always beside the papers.
  return { ...s, sources: s.sources ?? join(s.content, 'sources'), glossary: s.glossary ?? join(s.content, 'glossary'), glossaryFound: join(s.content, 'glossary-found') };
}

/** The settings of this run, read once. */
export const config: FolioConfig = loadConfig();
