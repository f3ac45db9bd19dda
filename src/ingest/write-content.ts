/**
 * Writing the generated collections without ever leaving them half-written:
 * each folder is built beside the old one and swapped in by rename, and only
 * after the whole ingest has succeeded. `diffContent` is the read-only twin
 * used by `npm run ingest:check`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GENERATED_DIRS } from './outputs.ts';

function listFiles(dir: string, prefix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => `${prefix}/${e.name}`);
}

export function writeContent(contentDir: string, files: ReadonlyMap<string, string>): void {
  const stamp = `${process.pid}-${Date.now()}`;
  for (const dir of GENERATED_DIRS) {
    const staging = join(contentDir, `.${dir}.new-${stamp}`);
    mkdirSync(staging, { recursive: true });
    for (const [path, text] of files) {
      if (!path.startsWith(`${dir}/`)) continue;
      const target = join(staging, path.slice(dir.length + 1));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
  }
  for (const dir of GENERATED_DIRS) {
    const live = join(contentDir, dir);
    const old = join(contentDir, `.${dir}.old-${stamp}`);
    if (existsSync(live)) renameSync(live, old);
    renameSync(join(contentDir, `.${dir}.new-${stamp}`), live);
    rmSync(old, { recursive: true, force: true });
  }
}

export interface ContentDiff {
  missing: string[];
  changed: string[];
  extra: string[];
}

export function diffContent(contentDir: string, files: ReadonlyMap<string, string>): ContentDiff {
  const onDisk = GENERATED_DIRS.flatMap((dir) => listFiles(join(contentDir, dir), dir));
  const diff: ContentDiff = { missing: [], changed: [], extra: onDisk.filter((p) => !files.has(p)).sort() };
  for (const [path, text] of files) {
    const file = join(contentDir, path);
    if (!existsSync(file)) diff.missing.push(path);
    else if (readFileSync(file, 'utf8') !== text) diff.changed.push(path);
  }
  return diff;
}
