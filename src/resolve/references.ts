/**
 * Which works need looking up: the references the ingest wrote into
 * content/references/*.yaml that lack details (`incomplete: true`, or no
 * title), less those a curator has already settled.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Reference } from '../model/schema.ts';

/** What the resolver needs of a reference (a subset of the schema's `Reference`). */
export type Wanted = Pick<Reference, 'key' | 'label'> & Partial<Pick<Reference, 'author' | 'title' | 'container-title' | 'issued' | 'DOI'>>;

export class ReferenceFileError extends Error {}

/** Every reference file in `dir`, sorted by key. A file that is not a reference is an error naming it. */
export function loadReferences(dir: string): Wanted[] {
  if (!existsSync(dir)) return [];
  const out: Wanted[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
    let data: unknown;
    try {
      data = parse(readFileSync(join(dir, name), 'utf8'));
    } catch (error) {
      throw new ReferenceFileError(`${join(dir, name)}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    }
    const ref = data as Partial<Reference> | null;
    if (!ref || typeof ref.key !== 'string') throw new ReferenceFileError(`${join(dir, name)}: not a reference (no key)`);
    out.push({ ...(ref as Reference), label: typeof ref.label === 'string' ? ref.label : ref.key });
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** True when the collection knows too little of the work to show it properly. */
export function lacksDetails(ref: Partial<Reference>): boolean {
  return ref.incomplete === true || !ref.title;
}

export type Selection = {
  /** The works to look up. */
  wanted: Wanted[];
  /** Keys left out because bibliography.json already has them (without --refresh). */
  alreadyResolved: string[];
  /** Keys left out because bibliography.bib has a hand-written record (that record wins). */
  curated: string[];
};

/**
 * The works to look up: those lacking details, or only `keys` when given.
 * `resolved` and `curated` are the keys in bibliography.json and bibliography.bib.
 */
export function selectWanted(
  refs: readonly (Wanted & { incomplete?: boolean })[],
  resolved: ReadonlySet<string>,
  curated: ReadonlySet<string>,
  options: { refresh: boolean; keys: readonly string[] },
): Selection {
  const selection: Selection = { wanted: [], alreadyResolved: [], curated: [] };
  for (const ref of refs) {
    // Once the ingest has completed a reference from bibliography.json it no
    // longer lacks details, so --refresh also takes every resolved one.
    const asked = options.keys.length > 0 ? options.keys.includes(ref.key) : lacksDetails(ref) || (options.refresh && resolved.has(ref.key));
    if (!asked) continue;
    if (curated.has(ref.key)) selection.curated.push(ref.key);
    else if (resolved.has(ref.key) && !options.refresh) selection.alreadyResolved.push(ref.key);
    else selection.wanted.push(ref);
  }
  return selection;
}
