/**
 * Where a bug's details go: a log file the one-line message names, so that a
 * curator never sees a stack trace and a developer still gets all of it.
 * Shared by the ingest's commands and the build's paper loader.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Fault } from './fault.ts';

/** A path as the person at the terminal should see it: relative to where they are, where it is below. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

function causeChain(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error, depth = 0; e !== undefined && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    parts.push(e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : String(e));
  }
  return parts.join('\n\ncaused by: ');
}

/** Writes the details of `error` to `<logDir>/<name>-<time>-<pid>.log`; returns that path as shown, or where they went instead. */
export function writeFaultLog(logDir: string, name: string, error: unknown): string {
  const now = new Date().toISOString();
  const file = join(logDir, `${name}-${now.replace(/[:.]/g, '-')}-${process.pid}.log`);
  const text = [
    `${name}: internal error, ${now}`,
    `command: ${process.argv.slice(1).join(' ')}`,
    `cwd: ${process.cwd()}`,
    `node: ${process.version} (${process.platform} ${process.arch})`,
    ...(error instanceof Fault ? [`files: ${error.files.join(', ')}`] : []),
    '',
    causeChain(error),
    '',
  ].join('\n');
  try {
    mkdirSync(logDir, { recursive: true });
    writeFileSync(file, text);
    return shownPath(file);
  } catch {
    // Nowhere to write: the details go to the terminal after all, rather than nowhere.
    process.stderr.write(`${text}\n`);
    return 'the text above (the log file could not be written)';
  }
}

/** "TypeError: x is undefined", without the name where it says nothing ("Error", "Fault"). */
export function faultSummary(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const first = error.message.split('\n')[0];
  return error instanceof Fault || error.name === 'Error' ? first! : `${error.name}: ${first}`;
}
