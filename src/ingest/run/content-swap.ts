/**
 * The generated collections change all at once or not at all, whatever kills
 * the ingest and whenever. A reader of content/ (the build, `ingest:check`,
 * git) sees the papers and references of the last ingest that finished, or of
 * the one before it, never a mix.
 *
 * Many files cannot be replaced at once, but one symbolic link can (rename(2)
 * of a new link over the old is atomic). So the collections live in one
 * generation folder, and content/papers and content/references are links
 * through one switch:
 *
 *   content/papers       -> .folio/current/papers
 *   content/references   -> .folio/current/references
 *   content/.folio/current -> live          (the switch)
 *   content/.folio/live/{papers,references}/…
 *
 * An ingest builds the next generation beside the live one (unchanged files
 * hard-linked, changed ones written), then turns the switch to it: that
 * rename is the commit. It then copies the new generation back under the
 * name `live` (links again) and turns the switch back, so that the committed
 * paths stay the same from one ingest to the next and git sees only the
 * files that changed. A kill at any point leaves the switch on a complete
 * generation; the next ingest first finishes or clears what a killed one left.
 */
import { existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GENERATED_DIRS } from '../write/outputs.ts';

const STORE = '.folio';
const LIVE = 'live';
const NEXT = 'next';

const storeOf = (contentDir: string) => join(contentDir, STORE);

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Points the link at `path` to `target`, atomically: a new link renamed over the old. */
function pointLink(path: string, target: string): void {
  const temp = `${path}.tmp-${process.pid}`;
  rmSync(temp, { force: true });
  symlinkSync(target, temp);
  renameSync(temp, path);
}

/** Hard-links every file of `from` into `to` (a new folder), per generated folder. */
function linkTree(from: string, to: string, skip: (path: string) => boolean = () => false): void {
  for (const dir of GENERATED_DIRS) {
    mkdirSync(join(to, dir), { recursive: true });
    const source = join(from, dir);
    if (!existsSync(source)) continue;
    for (const name of readdirSync(source)) {
      if (name.startsWith('.') || skip(`${dir}/${name}`)) continue;
      linkSync(join(source, name), join(to, dir, name));
    }
  }
}

/**
 * Puts content/ in the layout above and finishes what a killed ingest left:
 * a switch left on the next generation is turned back to a live copy of it;
 * a next generation never switched to is thrown away. Collections from
 * before this layout (real folders) are moved into it, once.
 */
export function prepareContent(contentDir: string): void {
  const store = storeOf(contentDir);
  const current = join(store, 'current');
  mkdirSync(store, { recursive: true });
  for (const name of readdirSync(store)) if (name.includes('.tmp-')) rmSync(join(store, name), { recursive: true, force: true });

  if (isLink(current) && readlinkSync(current) === NEXT) settle(contentDir);
  rmSync(join(store, NEXT), { recursive: true, force: true });

  if (!existsSync(join(store, LIVE))) {
    // A first ingest, or a collection from before this layout: its folders become the live generation.
    const staged = join(store, `${LIVE}.tmp-${process.pid}`);
    for (const dir of GENERATED_DIRS) {
      const old = join(contentDir, dir);
      mkdirSync(join(staged, dir), { recursive: true });
      if (existsSync(old) && !isLink(old)) for (const name of readdirSync(old)) if (!name.startsWith('.')) linkSync(join(old, name), join(staged, dir, name));
    }
    renameSync(staged, join(store, LIVE));
  }
  if (!isLink(current)) pointLink(current, LIVE);
  for (const dir of GENERATED_DIRS) {
    const path = join(contentDir, dir);
    const target = join(STORE, 'current', dir);
    if (isLink(path) && readlinkSync(path) === target) continue;
    if (existsSync(path) && !isLink(path)) rmSync(path, { recursive: true });
    pointLink(path, target);
  }
}

/** After the switch was turned to the next generation: make it `live` again under its usual name. */
function settle(contentDir: string): void {
  const store = storeOf(contentDir);
  const staged = join(store, `${LIVE}.tmp-${process.pid}`);
  rmSync(join(store, LIVE), { recursive: true, force: true });
  linkTree(join(store, NEXT), staged);
  renameSync(staged, join(store, LIVE));
  pointLink(join(store, 'current'), LIVE);
  rmSync(join(store, NEXT), { recursive: true, force: true });
}

export interface ContentChange {
  /** Files to write, by path under content/ ("papers/x.md"). */
  write: ReadonlyMap<string, string>;
  /** Generated files to remove, by path under content/. */
  remove: ReadonlySet<string>;
}

/**
 * Applies `change` to the generated collections as one step (see above).
 * Call prepareContent first. Nothing is switched when nothing changes.
 */
export function commitContent(contentDir: string, change: ContentChange): void {
  if (change.write.size === 0 && change.remove.size === 0) return;
  const store = storeOf(contentDir);
  const next = join(store, NEXT);
  const staged = `${next}.tmp-${process.pid}`;
  linkTree(join(store, LIVE), staged, (path) => change.write.has(path) || change.remove.has(path));
  for (const [path, text] of change.write) {
    mkdirSync(dirname(join(staged, path)), { recursive: true });
    writeFileSync(join(staged, path), text);
  }
  renameSync(staged, next);
  // The commit: from here on, readers see the new collections.
  pointLink(join(store, 'current'), NEXT);
  settle(contentDir);
}
