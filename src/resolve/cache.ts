/**
 * Every answer the APIs gave, on disk, so a re-run asks nothing it has asked
 * before and a curator's look-ups can be committed and reviewed:
 * <dir>/<host>/<sha256 of the URL>.json. The URL is taken without the
 * politeness parameters (mailto, api_key), so curators with different
 * addresses share one cache. Failures (429, 5xx, time-outs) are not kept.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type CachedAnswer = { url: string; status: number; body: unknown };

export class ResponseCache {
  readonly #dir: string;
  readonly #write: boolean;

  /** `write: false` (for --dry-run) reads the cache but adds nothing to it. */
  constructor(dir: string, options: { write: boolean }) {
    this.#dir = dir;
    this.#write = options.write;
  }

  /** The file that holds the answer for `url`. */
  path(url: string): string {
    const host = new URL(url).host.replace(/[^A-Za-z0-9.-]/g, '_');
    return join(this.#dir, host, `${createHash('sha256').update(url).digest('hex')}.json`);
  }

  get(url: string): CachedAnswer | undefined {
    const file = this.path(url);
    if (!existsSync(file)) return undefined;
    try {
      const entry = JSON.parse(readFileSync(file, 'utf8')) as CachedAnswer;
      return typeof entry.status === 'number' ? entry : undefined;
    } catch {
      return undefined; // a damaged entry is asked again, and then replaced
    }
  }

  set(entry: CachedAnswer): void {
    if (!this.#write) return;
    const file = this.path(entry.url);
    mkdirSync(join(file, '..'), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(entry, null, 2)}\n`);
    renameSync(tmp, file);
  }
}
