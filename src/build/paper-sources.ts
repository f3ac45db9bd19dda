/**
 * The source pages a paper was made from, read back at build time for the
 * "source" view. Lines are numbered by the ingest's own reader, so the
 * removed lines the paper records (by line number) mark the right lines.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { decodeText } from '../shared/decode-text.ts';
import { type SourceLine, sourceLines } from '../shared/source-lines.ts';
import type { SourcePage } from '../model/schema.ts';
import { config } from '../shared/config.ts';

/** Where the sources are (folio.config.ts, or FOLIO_SOURCES / FOLIO_CONTENT for one run). */
export function sourcesDir(): string {
  return config.sources;
}

/** Whether the build can show the paper's sources (a generated collection may be built without them). */
export function hasSources(pages: readonly SourcePage[]): boolean {
  return pages.some((p) => existsSync(join(sourcesDir(), p.source)));
}

export interface SourceText {
  lines: SourceLine[];
  /** False when the file changed after the ingest: its line numbers may no longer match. */
  current: boolean;
}

export function readSourcePage(page: SourcePage): SourceText | undefined {
  const path = join(sourcesDir(), page.source);
  if (!existsSync(path)) return undefined;
  const bytes = readFileSync(path);
  // Changed since the ingest (even into something it would refuse): shown as it is, and said to have changed.
  const current = createHash('sha256').update(bytes).digest('hex') === page.sha256;
  try {
    return { lines: sourceLines(decodeText(bytes, page.encoding).text), current };
  } catch {
    return { lines: sourceLines(new TextDecoder().decode(bytes)), current: false };
  }
}
