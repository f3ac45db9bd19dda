/**
 * Warnings as a curator reads them: every one when there are few; past
 * `shown`, the first ones, a count of each kind, and the whole list in a
 * file the last line names, so that a collection of 5,000 papers without a
 * printed title is not 5,000 lines on the screen.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const SHOWN = 20;

/** What a warning says, less the files and the paper it names. */
export function warningKind(warning: string): string {
  return warning.replace(/^[^:]*:\s*/u, '').replace(/"[^"]*"/gu, '"…"');
}

export function reportWarnings(warnings: readonly string[], logDir: string, write: (text: string) => void = (t) => process.stderr.write(t), shown = SHOWN): void {
  const head = warnings.length <= shown ? warnings : warnings.slice(0, shown);
  for (const w of head) write(`ingest: warning: ${w}\n`);
  if (warnings.length <= shown) return;
  const kinds = new Map<string, number>();
  for (const w of warnings) kinds.set(warningKind(w), (kinds.get(warningKind(w)) ?? 0) + 1);
  mkdirSync(logDir, { recursive: true });
  const file = join(logDir, `warnings-${new Date().toISOString().replace(/[:.]/g, '-')}.txt`);
  writeFileSync(file, `${warnings.join('\n')}\n`);
  write(`ingest: ${warnings.length} warnings in all, ${warnings.length - shown} not shown:\n`);
  for (const [kind, n] of [...kinds].sort((a, b) => b[1] - a[1])) write(`  ${String(n).padStart(6)} × ${kind}\n`);
  write(`ingest: every warning is in ${relative(process.cwd(), file) || file}\n`);
}
