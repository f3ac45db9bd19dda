/**
 * The resolver from start to end, with its inputs and outputs passed in so
 * tests can drive it: pick the works that lack details, look each up, show
 * the candidates and take the curator's choice (or, with --yes, the best one
 * at or above the threshold), then merge the accepted works into
 * bibliography.json. Problems reach the curator as one line each; a failed
 * look-up does not stop the others. The exit code is 1 only when nothing
 * could be done (no work could be looked up, or the inputs are unreadable).
 */
import { join, relative } from 'node:path';
import { loadBibliography } from '../ingest/stages/bibliography.ts';
import { loadResolvedBibliography, mergeItems, writeBibliography } from './bibliography.ts';
import { ResponseCache } from './cache.ts';
import type { Candidate } from './candidates.ts';
import { apis, lookUp } from './candidates.ts';
import type { CslItem } from './csl.ts';
import { describeCandidate, describeReference } from './display.ts';
import { PoliteClient } from './http.ts';
import type { ResolveOptions } from './options.ts';
import { withDefaults } from './options.ts';
import type { Ask } from './prompt.ts';
import { readChoice } from './prompt.ts';
import { loadReferences, selectWanted } from './references.ts';

export const PREFIX = 'references:resolve';
/** Candidates under this confidence are not shown: they share little more than the year searched for. */
export const SHOW_FLOOR = 0.3;
/** Shown at most, per work. */
export const SHOW_MOST = 5;
/** With --yes, a best candidate this close to the next one is left for a person. */
export const AMBIGUOUS_MARGIN = 0.05;
/** An API that failed for this many works in a row is not asked again this run (it is down, or we are cut off). */
export const GIVE_UP_AFTER = 3;

export type Io = {
  /** Progress and candidates (stdout). */
  out(text: string): void;
  /** One-line problems (stderr). */
  err(text: string): void;
  /** Needed unless --yes. */
  ask?: Ask;
};

export type RunResult = {
  code: number;
  /** Keys accepted (and written unless --dry-run), in the order decided. */
  accepted: string[];
  /** Works that could be looked up in at least one API. */
  lookedUp: number;
  /** Works that every API failed for. */
  failed: number;
  /** Requests sent over the network (not answered from the cache). */
  requests: number;
};

const shown = (path: string) => relative(process.cwd(), path) || path;

async function curatedKeys(path: string, io: Io): Promise<Set<string>> {
  try {
    return new Set((await loadBibliography(path)).keys());
  } catch (error) {
    io.err(`${PREFIX}: ${(error as Error).message.split('\n')[0]} (its works are looked up like the others)`);
    return new Set();
  }
}

/** Looks up, asks, writes: the whole command. */
export async function resolveReferences(given: Partial<ResolveOptions> & { contentDir: string }, io: Io): Promise<RunResult> {
  const options = withDefaults(given);
  const result: RunResult = { code: 0, accepted: [], lookedUp: 0, failed: 0, requests: 0 };
  const fail = (line: string): RunResult => {
    io.err(`${PREFIX}: ${line}`);
    return { ...result, code: 1 };
  };

  let existing: Map<string, CslItem>;
  let selection;
  try {
    existing = loadResolvedBibliography(options.bibliographyPath);
    const refs = loadReferences(join(options.contentDir, 'references'));
    selection = selectWanted(refs, new Set(existing.keys()), await curatedKeys(options.curatedBibliographyPath, io), options);
    const unknown = options.keys.filter((k) => !refs.some((r) => r.key === k));
    for (const k of unknown) io.err(`${PREFIX}: no reference "${k}" in ${shown(join(options.contentDir, 'references'))}`);
  } catch (error) {
    return fail((error as Error).message.split('\n')[0]!);
  }
  if (selection.curated.length > 0) io.out(`Left to bibliography.bib: ${selection.curated.join(', ')}`);
  if (selection.alreadyResolved.length > 0) io.out(`Already in ${shown(options.bibliographyPath)} (--refresh to look up again): ${selection.alreadyResolved.join(', ')}`);
  if (selection.wanted.length === 0) {
    io.out('Nothing to resolve.');
    return result;
  }
  if (!options.yes && !io.ask) return fail('cannot ask which candidate to accept: use --yes');
  io.out(`Looking up ${selection.wanted.length} ${selection.wanted.length === 1 ? 'work' : 'works'} in Crossref and OpenAlex${options.dryRun ? ' (dry run: nothing is written)' : ''}.`);

  const client = new PoliteClient(options, new ResponseCache(options.cacheDir, { write: !options.dryRun }));
  let apiList = apis(options);
  const failedInARow = new Map<string, number>();
  const accepted: CslItem[] = [];
  for (const [index, ref] of selection.wanted.entries()) {
    if (apiList.length === 0) {
      const rest = selection.wanted.length - index;
      result.failed += rest;
      io.out(`\nNo API left to ask; ${rest} more not looked up.`);
      break;
    }
    io.out(`\n${describeReference(ref)}`);
    const lookup = await lookUp(ref, client, apiList);
    for (const f of lookup.failures) io.err(`${PREFIX}: ${f.api}: ${f.reason} for "${ref.key}"`);
    for (const api of apiList) failedInARow.set(api.name, lookup.failures.some((f) => f.api === api.name) ? (failedInARow.get(api.name) ?? 0) + 1 : 0);
    for (const api of apiList.filter((a) => failedInARow.get(a.name)! >= GIVE_UP_AFTER)) {
      io.err(`${PREFIX}: ${api.name}: failed for ${GIVE_UP_AFTER} works in a row; not asked again this run`);
    }
    const searched = apiList.length;
    apiList = apiList.filter((a) => failedInARow.get(a.name)! < GIVE_UP_AFTER);
    if (lookup.unsearchable === searched) {
      io.out('  nothing to search by (no title, no authors, no DOI); left alone');
      continue;
    }
    if (lookup.answered === 0) {
      result.failed++;
      io.out('  could not be looked up; left alone');
      continue;
    }
    result.lookedUp++;
    const candidates = lookup.candidates.filter((c) => c.confidence >= SHOW_FLOOR).slice(0, SHOW_MOST);
    if (candidates.length === 0) {
      io.out('  no likely candidate; left alone');
      continue;
    }
    candidates.forEach((c, i) => io.out(describeCandidate(c, i + 1)));
    const choice = options.yes ? automatic(candidates, options.threshold, io) : await interactive(candidates, io.ask!);
    if (choice === 'stop') {
      const rest = selection.wanted.length - index - 1;
      io.out(`  left alone; stopped${rest > 0 ? `, ${rest} more not looked up` : ''}`);
      break;
    }
    if (!choice) {
      if (!options.yes) io.out('  left alone');
      continue;
    }
    accepted.push({ ...choice.work, id: ref.key });
    result.accepted.push(ref.key);
    io.out(`  accepted: ${choice.work.title ?? choice.work.DOI ?? '(no title)'}`);
  }
  result.requests = client.sent;

  const where = shown(options.bibliographyPath);
  if (accepted.length === 0) io.out('\nNo work accepted; nothing written.');
  else if (options.dryRun) io.out(`\nDry run: would add ${accepted.length} to ${where}.`);
  else {
    try {
      writeBibliography(options.bibliographyPath, mergeItems(existing, accepted));
    } catch (error) {
      return fail(`could not write ${where}: ${(error as Error).message.split('\n')[0]}`);
    }
    io.out(`\nAdded ${accepted.length} to ${where}. Run npm run ingest to complete the references.`);
  }
  // Nothing could be done: every work that could be searched for failed.
  if (result.lookedUp === 0 && result.failed > 0) result.code = 1;
  return result;
}

function automatic(candidates: Candidate[], threshold: number, io: Io): Candidate | null {
  const [best, next] = candidates;
  if (!best) return null;
  if (best.confidence < threshold) {
    io.out(`  left alone: best confidence ${best.confidence.toFixed(2)} is under the threshold ${threshold}`);
    return null;
  }
  if (next && best.confidence - next.confidence < AMBIGUOUS_MARGIN) {
    io.out(`  left alone: candidates 1 and 2 are about as likely (${best.confidence.toFixed(2)}, ${next.confidence.toFixed(2)}); choose without --yes`);
    return null;
  }
  return best;
}

async function interactive(candidates: Candidate[], ask: Ask): Promise<Candidate | null | 'stop'> {
  const range = candidates.length === 1 ? '1' : `1-${candidates.length}`;
  for (;;) {
    const choice = readChoice(await ask(`  Accept which? [${range}, Enter = none, q = stop asking] `), candidates.length);
    if ('stop' in choice) return 'stop';
    if ('pick' in choice) return choice.pick === null ? null : candidates[choice.pick]!;
  }
}
