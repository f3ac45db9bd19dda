/**
 * Where the generated collections live and how a reference is
 * written. Kept free of the Markdown machinery, so that a no-op incremental
 * ingest does not load it.
 */
import type { Reference } from '../../model/schema.ts';
import { toYaml } from './frontmatter.ts';

/** Folders under content/ that the ingest owns and rewrites. */
export const GENERATED_DIRS = ['papers', 'references'] as const;

export function referenceFile(reference: Reference): [string, string] {
  return [`references/${reference.key}.yaml`, toYaml(reference)];
}
