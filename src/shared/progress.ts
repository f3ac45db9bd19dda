/**
 * Where long work is. On a terminal, one line rewritten in place at most ten
 * times a second: the stage, how far it is ("1,234/4,810 pages") and, once
 * some of it is done, the time left at the rate so far. Elsewhere (a CI log,
 * a pipe) nothing until the stage ends, then one line for it, so a log holds
 * one line a stage rather than thousands.
 */
export interface ProgressOut {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface Stage {
  /** `n` more units done (pages, papers). */
  tick(n?: number): void;
  /** The stage is over: its one line, with the time it took. */
  end(summary: string): void;
}

const count = (n: number) => n.toLocaleString('en');

export function stage(prefix: string, what: string, total: number | undefined, out: ProgressOut = process.stdout, clock: () => number = () => performance.now()): Stage {
  const start = clock();
  let done = 0;
  let drawn = -Infinity;
  const draw = () => {
    const now = clock();
    if (now - drawn < 100) return;
    drawn = now;
    const elapsed = (now - start) / 1000;
    const where = total === undefined ? `${count(done)} ${what}` : `${count(done)}/${count(total)} ${what}`;
    const left = total !== undefined && done > 0 && done < total ? `, about ${Math.ceil((elapsed / done) * (total - done))} s left` : '';
    out.write(`\r\x1b[K${prefix}: ${where}${left} (${elapsed.toFixed(0)} s)`);
  };
  if (out.isTTY) draw();
  return {
    tick(n = 1) {
      done += n;
      if (out.isTTY) draw();
    },
    end(summary) {
      const seconds = ((clock() - start) / 1000).toFixed(1);
      out.write(`${out.isTTY ? '\r\x1b[K' : ''}${prefix}: ${summary} (${seconds} s)\n`);
    },
  };
}
