/**
 * `npm run ingest:check`: how the generated collections on disk differ from
 * what the sources give, without writing anything.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED_DIRS } from '../write/outputs.ts';

function listFiles(dir: string, prefix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => `${prefix}/${e.name}`);
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
