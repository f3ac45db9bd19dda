/**
 * Collections other than the seeds, each ingested and built into a folder of
 * its own, then served like the seeds' site (see useSite): a bigger one made
 * by the benchmark's generator, for what only shows at scale, and small ones
 * of pages with a shape of their own.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before } from 'node:test';
import { generateCorpus } from '../../bench/generate.ts';
import { ROOT } from '../helpers/corpus.ts';
import { useSite } from './harness.ts';

function run(args: string[], env: Record<string, string> = {}): void {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  assert.equal(r.status, 0, `${args.join(' ')}:\n${r.stderr}${r.stdout}`.slice(-4000));
}

/**
 * A collection of its own, ingested and built into a folder of its own and
 * served: `fill` puts its sources (and any glossary) into the content folder
 * it is given. Returns the served site, and where its content and build are.
 */
export function useCollectionSite(name: string, fill: (content: string) => void) {
  const work = mkdtempSync(join(tmpdir(), `folio-${name}-`));
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  // Registered before useSite's own hook, so the site exists when it is served.
  before(() => {
    fill(content);
    run(['src/ingest/run/cli.ts', '--sources', join(content, 'sources'), '--content', content, '--cache', join(work, 'ingest-cache')]);
    run(['node_modules/astro/bin/astro.mjs', 'build'], { FOLIO_CONTENT: content, FOLIO_OUT: dist, FOLIO_CACHE: join(work, 'astro-cache') });
  });
  return { site: useSite(dist), content, dist };
}

/** The site of `papers` synthetic papers with the project's glossary, and where it was built. */
export function useSyntheticSite(papers: number) {
  return useCollectionSite(`${papers}-papers`, (content) => {
    generateCorpus(papers, join(content, 'sources'));
    cpSync(join(ROOT, 'content/glossary'), join(content, 'glossary'), { recursive: true });
  });
}
