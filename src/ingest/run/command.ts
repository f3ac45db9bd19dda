/**
 * The one error boundary of Folio's curator commands. Whatever goes wrong, a
 * curator sees one of two things, told apart by the exit code:
 *
 * - a problem with their files (exit 1): `file:line: what is wrong`, every bad
 *   file at once, or a file the machine cannot read or write;
 * - a bug of ours (exit 70, EX_SOFTWARE): one line naming the file being
 *   processed and saying it is a bug, with the stack written to a log file
 *   that line names.
 *
 * Never a raw stack, wherever the error started: this thread, a worker thread
 * (its failures come back through request-reply.ts) or a stray rejection.
 */
import { Fault } from '../../shared/fault.ts';
import { faultSummary, shownPath, writeFaultLog } from '../../shared/fault-log.ts';
import { IngestError, IngestErrors } from '../stages/errors.ts';

export { shownPath };

export const EXIT = { curator: 1, usage: 2, bug: 70 } as const;

/** A mistake in how the command was called (unknown option, missing argument). */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CommandOptions {
  /** The command's name as printed before each line ("ingest"). */
  name: string;
  /** Where a bug's details are written. */
  logDir: string;
  /** A file as the curator should see it (e.g. content/sources/x.txt). */
  shown?: (file: string) => string;
  /** Said after a failure, e.g. that content/ was left as it was. */
  afterFailure?: string;
}

/** File-system failures that are the machine's state, not a bug: what the curator can do about each. */
const MACHINE: Record<string, string> = {
  ENOSPC: 'the disk is full; free some space and run it again',
  EDQUOT: 'the disk quota is used up; free some space and run it again',
  EACCES: 'permission denied; check who owns it',
  EPERM: 'permission denied; check who owns it',
  EROFS: 'the file system is read-only',
  EMFILE: 'too many files are open; close some programs and run it again',
};

/** What the curator is told about `error`, and the exit code that goes with it. */
export function describeFailure(error: unknown, options: CommandOptions): { lines: string[]; code: number } {
  const shown = options.shown ?? ((f: string) => f);
  const located = (e: IngestError) => e.at(shown(e.file));
  if (error instanceof IngestErrors) return { lines: error.errors.map(located), code: EXIT.curator };
  if (error instanceof IngestError) return { lines: [located(error)], code: EXIT.curator };
  if (error instanceof UsageError) return { lines: [error.message], code: EXIT.usage };
  const sys = error as NodeJS.ErrnoException;
  if (sys?.code && MACHINE[sys.code] && sys.path) return { lines: [`${shownPath(sys.path)}: cannot ${sys.syscall ?? 'use'} it: ${MACHINE[sys.code]}`], code: EXIT.curator };
  const files = error instanceof Fault ? error.files.map(shown) : [];
  const what = faultSummary(error);
  const log = writeFaultLog(options.logDir, options.name, error);
  return {
    lines: [
      `internal error${files.length > 0 ? ` while processing ${files.join(', ')}` : ''}: ${what}`,
      `this is a bug in Folio, not a problem with your files; the details are in ${log}. Please report it with that file.`,
    ],
    code: EXIT.bug,
  };
}

function fail(error: unknown, options: CommandOptions): never {
  const { lines, code } = describeFailure(error, options);
  for (const line of lines) process.stderr.write(`${options.name}: error: ${line}\n`);
  if (options.afterFailure) process.stderr.write(`${options.name}: ${options.afterFailure}\n`);
  process.exit(code);
}

/** Runs a command's `main` inside the boundary; it exits the process on failure. */
export async function runCommand(options: CommandOptions, main: () => Promise<void>): Promise<void> {
  const fatal = (error: unknown) => fail(error, options);
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
  try {
    await main();
  } catch (error) {
    fail(error, options);
  }
}
