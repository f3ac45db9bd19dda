/**
 * Content loader for the papers collection. Astro's glob loader either keeps
 * each rendered paper in its data store, which the build inlines as one
 * string literal (V8 compiles it in superlinear time: 58 MB took 24 s), or
 * compiles each paper into a module of the build (at 1,000 papers most of
 * the bundler's time and memory). This loader renders each paper once, with
 * the reader's own Markdown stack and on every core, into a file beside the
 * store; the store keeps only the validated frontmatter and where the body is.
 * An unchanged paper is not rendered again while the cache is kept.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { defaultWorkerCount, startRenderPool, type RenderSettings } from './paper-render-pool.ts';

type Options = RenderSettings & {
  /** The folder of paper Markdown files. */
  dir: string;
  /** Processes that render; one renders in this thread. */
  workers?: number;
};

/** The reader's plugin sources: editing a plugin re-renders every paper. */
function pluginSourcesDigest(root: URL): string {
  const hash = createHash('sha256');
  // The plugins, and the shared modules they use (the Markdown syntax, slugs, text shape).
  for (const folder of ['src/markdown/', 'src/shared/']) {
    const dir = fileURLToPath(new URL(folder, root));
    if (existsSync(dir)) for (const f of readdirSync(dir).sort()) hash.update(f).update(readFileSync(join(dir, f)));
  }
  return hash.digest('hex');
}

export function paperLoader(options: Options): Loader {
  const settings: RenderSettings = { base: options.base, terms: options.terms };
  return {
    name: 'folio-paper-loader',
    load: async ({ config, store, parseData, generateDigest, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      const dir = fileURLToPath(new URL(options.dir.replace(/\/?$/, '/'), config.root));
      const bodies = fileURLToPath(new URL('folio-papers/', config.cacheDir));
      mkdirSync(bodies, { recursive: true });
      // A change of glossary, base or plugin code changes every paper's HTML.
      const key = `${JSON.stringify(settings)}\n${pluginSourcesDigest(config.root)}`;

      const sync = async () => {
        const untouched = new Set(store.keys());
        const changed: { id: string; path: string; contents: string; digest: string; bodyFile: string }[] = [];
        for (const name of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).sort() : []) {
          const id = name.slice(0, -'.md'.length);
          const path = join(dir, name);
          const bodyFile = join(bodies, `${id}.json`);
          const contents = readFileSync(path, 'utf8');
          const digest = generateDigest(`${key}\n${contents}`);
          untouched.delete(id);
          const stored = store.get(id);
          if (stored?.digest === digest && stored.data.bodyFile === bodyFile && existsSync(bodyFile)) continue;
          changed.push({ id, path, contents, digest, bodyFile });
        }

        const pool = startRenderPool(settings, Math.min(options.workers ?? defaultWorkerCount(), changed.length));
        try {
          await Promise.all(
            changed.map(async ({ id, path, contents, digest, bodyFile }) => {
              const filePath = relative(root, path).split('\\').join('/');
              const { frontmatter, messages } = await pool.render({ contents, path, bodyFile });
              const data = await parseData({ id, data: { ...frontmatter, bodyFile }, filePath: path });
              for (const m of messages) logger.warn(`${filePath}:${m}`);
              store.set({ id, data, filePath, digest });
            }),
          );
        } finally {
          await pool.close();
        }

        for (const id of untouched) {
          store.delete(id);
          rmSync(join(bodies, `${id}.json`), { force: true });
        }
      };

      await sync();
      // `astro dev`: an edited, added or removed paper shows on the next request.
      watcher?.add(dir);
      watcher?.on('all', (_event, changedPath) => {
        if (changedPath.startsWith(dir) && changedPath.endsWith('.md')) void sync().catch((e: Error) => logger.error(e.message));
      });
    },
  };
}
