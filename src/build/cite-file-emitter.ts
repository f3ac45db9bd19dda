/**
 * The citation files (`/papers/<id>.bib`, `.ris`, `.json`) as files rather
 * than routes: the paper loader writes them beside the rendered bodies when a
 * paper changes, the build copies them into the site, and `astro dev` serves
 * them from there. As Astro routes they cost about a millisecond each to
 * generate, three a paper: some 3 s of a 1,000-paper build, redone every time.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { PaperFrontmatter } from '../model/schema.ts';
import { CITE_FILES, type CiteFormat, citeFilesOf } from './cite-files.ts';

const FORMATS = Object.keys(CITE_FILES) as CiteFormat[];

/** The folder under Astro's cache that mirrors the site: `papers/<id>.<ext>`. */
export function citeFilesRoot(cacheDir: URL): string {
  return fileURLToPath(new URL('folio-cite/', cacheDir));
}

const fileOf = (root: string, id: string, ext: CiteFormat) => join(root, 'papers', `${id}.${ext}`);

export function writeCiteFiles(root: string, id: string, paper: PaperFrontmatter): void {
  mkdirSync(join(root, 'papers'), { recursive: true });
  const made = citeFilesOf(id, paper);
  for (const { ext, body } of made) {
    // A new file, never the old one rewritten: a built site may hold the old one as a hard link.
    const file = fileOf(root, id, ext);
    writeFileSync(`${file}.tmp`, body);
    renameSync(`${file}.tmp`, file);
  }
  for (const ext of FORMATS) if (!made.some((f) => f.ext === ext)) rmSync(fileOf(root, id, ext), { force: true });
}

/**
 * Puts every citation file into the built site `outDir`: hard links where the
 * file system allows (thousands of files, and copying them was half a second
 * at 1,000 papers), copies where it does not.
 */
export function placeCiteFiles(root: string, outDir: string): void {
  const from = join(root, 'papers');
  if (!existsSync(from)) return;
  const to = join(outDir, 'papers');
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    if (name.endsWith('.tmp')) continue;
    rmSync(join(to, name), { force: true });
    try {
      linkSync(join(from, name), join(to, name));
    } catch {
      copyFileSync(join(from, name), join(to, name));
    }
  }
}

/** Whether every citation file the paper has is in place (BibTeX and RIS only where citation-js could make them). */
export function hasCiteFiles(root: string, id: string, paper: PaperFrontmatter): boolean {
  return citeFilesOf(id, paper).every(({ ext }) => existsSync(fileOf(root, id, ext)));
}

export function removeCiteFiles(root: string, id: string): void {
  for (const ext of FORMATS) rmSync(fileOf(root, id, ext), { force: true });
}

/** The file and content type a request path asks for, if it is a citation file. */
export function citeFileRequest(root: string, base: string, url: string): { file: string; type: string } | null {
  const path = decodeURIComponent(url.split(/[?#]/)[0]!);
  const prefix = `${base.replace(/\/?$/, '/')}papers/`;
  if (!path.startsWith(prefix)) return null;
  const match = /^([^/]+)\.(bib|ris|json)$/.exec(path.slice(prefix.length));
  if (!match) return null;
  const ext = match[2] as CiteFormat;
  const file = fileOf(root, match[1]!, ext);
  return existsSync(file) ? { file, type: CITE_FILES[ext].type } : null;
}

export function citeFileEmitter(): AstroIntegration {
  let root = '';
  let base = '/';
  return {
    name: 'folio-cite-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = citeFilesRoot(config.cacheDir);
        base = config.base;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const found = req.url ? citeFileRequest(root, base, req.url) : null;
          if (!found) return next();
          res.setHeader('content-type', found.type);
          res.end(readFileSync(found.file));
        });
      },
      'astro:build:done': ({ dir }) => {
        placeCiteFiles(root, fileURLToPath(dir));
      },
    },
  };
}
