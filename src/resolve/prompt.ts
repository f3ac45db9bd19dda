/**
 * Asking the curator, line by line (node:readline). Answers may also be piped
 * in ("1\n\n2\n"). When the input ends (or Ctrl-C at a question), every
 * later question is answered with null, which stops the asking.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

/** Shows `question` and resolves to the answer line, or null once the input has ended. */
export type Ask = (question: string) => Promise<string | null>;

export function lineAsker(input: Readable & { isTTY?: boolean }, output: Writable): { ask: Ask; close(): void } {
  const rl = createInterface({ input, output: input.isTTY ? output : undefined, terminal: !!input.isTTY });
  const lines: string[] = [];
  const waiting: ((line: string | null) => void)[] = [];
  let ended = false;
  rl.on('line', (line) => {
    const next = waiting.shift();
    if (next) next(line);
    else lines.push(line);
  });
  // Ctrl-C at a question stops asking, as "q" does; what was accepted is still written.
  rl.on('SIGINT', () => {
    output.write('\n');
    rl.close();
  });
  rl.on('close', () => {
    ended = true;
    for (const next of waiting.splice(0)) next(null);
  });
  // A terminal echoes what is typed; piped answers are echoed here, so the output reads the same.
  const echo = (line: string | null) => {
    if (!input.isTTY) output.write(`${line ?? ''}\n`);
    return line;
  };
  const ask: Ask = (question) => {
    output.write(question);
    if (lines.length > 0) return Promise.resolve(echo(lines.shift()!));
    if (ended) return Promise.resolve(echo(null));
    return new Promise((resolve) => waiting.push((line) => resolve(echo(line))));
  };
  return { ask, close: () => rl.close() };
}

export type Choice = { pick: number } | { pick: null } | { stop: true } | { invalid: true };

/** "2" -> the second candidate; "" or "n" -> none; "q" -> stop asking. */
export function readChoice(answer: string | null, count: number): Choice {
  if (answer === null) return { stop: true };
  const text = answer.trim().toLowerCase();
  if (text === '' || text === 'n' || text === 's' || text === 'none' || text === 'skip') return { pick: null };
  if (text === 'q' || text === 'quit') return { stop: true };
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 && n <= count ? { pick: n - 1 } : { invalid: true };
}
