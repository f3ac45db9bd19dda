/**
 * A problem with one input file. The CLI prints it as `path:line: reason`,
 * the way compilers do, so a curator can jump straight to the cause.
 */
export class IngestError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly reason: string;

  constructor(file: string, reason: string, line?: number) {
    super(line === undefined ? `${file}: ${reason}` : `${file}:${line}: ${reason}`);
    this.name = 'IngestError';
    this.file = file;
    this.line = line;
    this.reason = reason;
  }

  /** The same message with the file shown at `path` (e.g. content/sources/x.txt). */
  at(path: string): string {
    return this.line === undefined ? `${path}: ${this.reason}` : `${path}:${this.line}: ${this.reason}`;
  }
}

/** Whether `error` is the curator's to mend (a file's problem), not a bug of ours. */
export function isIngestError(error: unknown): error is IngestError | IngestErrors {
  return error instanceof IngestError || error instanceof IngestErrors;
}

/** Several files failed: all are reported together, so one run shows every problem. */
export class IngestErrors extends Error {
  readonly errors: IngestError[];

  constructor(errors: IngestError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'IngestErrors';
    this.errors = errors;
  }
}
