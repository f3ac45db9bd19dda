/**
 * `npm run references:resolve [-- options] [keys]`: the curator's command to
 * complete the works Folio knows only from in-text citations (see
 * docs/resolving-references.md). This file only wires the process to
 * run.ts: arguments in, stdout/stderr/stdin, the exit code out; nothing it
 * reports is a stack trace.
 */
import { lineAsker } from './prompt.ts';
import { parseArgs, USAGE, UsageError } from './options.ts';
import { PREFIX, resolveReferences } from './run.ts';

export async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${PREFIX}: ${error.message}\n${PREFIX}: see --help\n`);
    return 2;
  }
  if (parsed.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { options } = parsed;
  const asker = options.yes ? undefined : lineAsker(process.stdin, process.stdout);
  try {
    const result = await resolveReferences(options, {
      out: (text) => process.stdout.write(`${text}\n`),
      err: (text) => process.stderr.write(`${text}\n`),
      ask: asker?.ask,
    });
    return result.code;
  } catch (error) {
    process.stderr.write(`${PREFIX}: unexpected failure: ${(error as Error).message?.split('\n')[0] ?? String(error)}\n`);
    return 1;
  } finally {
    asker?.close();
  }
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
