/**
 * A fault of Folio's own (a bug), as opposed to a problem with a curator's
 * file: it carries the files that were being processed, so that the one line
 * a curator sees can name them, and it crosses a worker's channel whole
 * (see request-reply.ts).
 */
export class Fault extends Error {
  readonly files: readonly string[];

  constructor(files: readonly string[], cause: unknown) {
    const inner = cause instanceof Error ? cause : new Error(String(cause));
    super(`${inner.name === 'Error' ? '' : `${inner.name}: `}${inner.message}`, { cause: inner });
    this.name = 'Fault';
    this.files = files;
    // The stack of where it failed, not of where it was wrapped.
    if (inner.stack) this.stack = inner.stack;
  }
}

/** A bug on demand, for tests of what a curator sees: FOLIO_INJECT_FAULT=<file name> fails the work on that file. */
function injectFault(files: readonly string[]): void {
  const name = process.env.FOLIO_INJECT_FAULT;
  if (name !== undefined && files.some((f) => f === name || f.endsWith(`/${name}`))) throw new TypeError('a fault injected for a test (FOLIO_INJECT_FAULT)');
}

/**
 * Runs `work` on `files`; an error that is not `expected` (the curator-facing
 * kind) comes out as a Fault naming them. Test runs can make it fail for one
 * file with FOLIO_INJECT_FAULT=<file name>, to check what a curator sees.
 */
export function processing<T>(files: readonly string[], expected: (error: unknown) => boolean, work: () => T): T {
  try {
    injectFault(files);
    return work();
  } catch (error) {
    if (expected(error) || error instanceof Fault) throw error;
    throw new Fault(files, error);
  }
}

/** processing, for work that is asynchronous. */
export async function processingAsync<T>(files: readonly string[], work: () => Promise<T>, expected: (error: unknown) => boolean = () => false): Promise<T> {
  try {
    injectFault(files);
    return await work();
  } catch (error) {
    if (expected(error) || error instanceof Fault) throw error;
    throw new Fault(files, error);
  }
}
