/**
 * Content loader for the papers collection. Astro's glob loader either keeps
 * each rendered paper in its data store, which the build inlines as one
 * string literal (V8 compiles it in superlinear time: 58 MB took 24 s), or
 * compiles each paper into a module of the build (at 1,000 papers most of
 * the bundler's time and memory). This loader renders each paper once, with
 * the reader's own Markdown stack, into a file beside the store; the store
 * keeps only the validated frontmatter and where the body is.
 * An unchanged paper is not rendered again while the cache is kept.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader } from 'astro/loaders';
import type { MarkdownOptions } from '../markdown/options.ts';
import { createPaperRenderer } from '../markdown/render-paper.ts';
import type { PaperBody } from './paper-body.ts';

type Options = {
  /** The folder of paper Markdown files. */
  dir: string;
  markdown: MarkdownOptions;
  /** What else the HTML depends on (glossary terms, base): a change re-renders every paper. */
  renderKey: string;
};

/** The reader's plugin sources: editing a plugin re-renders every paper. */
function pluginSourcesDigest(root: URL): string {
  const hash = createHash('sha256');
  const dir = fileURLToPath(new URL('src/markdown/', root));
  if (existsSync(dir)) for (const f of readdirSync(dir).sort()) hash.update(f).update(readFileSync(join(dir, f)));
  return hash.digest('hex');
}

export function paperLoader(options: Options): Loader {
  return {
    name: 'folio-paper-loader',
    load: async ({ config, store, parseData, generateDigest, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      const dir = fileURLToPath(new URL(options.dir.replace(/\/?$/, '/'), config.root));
      const bodies = fileURLToPath(new URL('folio-papers/', config.cacheDir));
      mkdirSync(bodies, { recursive: true });
      const renderer = createPaperRenderer(options.markdown);
      const key = `${options.renderKey}\n${pluginSourcesDigest(config.root)}`;
      const sync = async () => {
        const untouched = new Set(store.keys());

        for (const name of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).sort() : []) {
          const id = name.slice(0, -'.md'.length);
          const path = join(dir, name);
          const filePath = relative(root, path).split('\\').join('/');
          const bodyFile = join(bodies, `${id}.json`);
          const contents = readFileSync(path, 'utf8');
          const digest = generateDigest(`${key}\n${contents}`);
          untouched.delete(id);
          const stored = store.get(id);
          if (stored?.digest === digest && stored.data.bodyFile === bodyFile && existsSync(bodyFile)) continue;

          const { frontmatter, content } = parseFrontmatter(contents);
          const body = content.trim();
          const data = await parseData({ id, data: { ...frontmatter, bodyFile }, filePath: path });
          const rendered = await renderer.render(body, frontmatter, path);
          // Plugins count lines in the body; the reader of a warning counts them in the file.
          const offset = contents.slice(0, contents.indexOf(body)).split('\n').length - 1;
          for (const m of rendered.messages) {
            const [line, ...rest] = m.split(':');
            logger.warn(`${filePath}:${Number(line) + offset}:${rest.join(':')}`);
          }
          const paperBody: PaperBody = { html: rendered.html, headings: rendered.headings, frontmatter: rendered.frontmatter };
          writeFileSync(bodyFile, JSON.stringify(paperBody));
          store.set({ id, data, filePath, digest });
        }

        for (const id of untouched) {
          store.delete(id);
          rmSync(join(bodies, `${id}.json`), { force: true });
        }
      };

      await sync();
      // `astro dev`: an edited, added or removed paper shows on the next request.
      watcher?.add(dir);
      watcher?.on('all', (_event, changed) => {
        if (changed.startsWith(dir) && changed.endsWith('.md')) void sync().catch((e: Error) => logger.error(e.message));
      });
    },
  };
}
