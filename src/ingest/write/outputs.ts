/**
 * Where the generated collections live and how a reference is
 * written. Kept free of the Markdown machinery, so that a no-op incremental
 * ingest does not load it.
 */
import type { Reference } from '../../model/schema.ts';
import type { FoundConcept } from '../stages/found-glossary.ts';
import { toYaml } from './frontmatter.ts';

/** Folders under content/ that the ingest owns and rewrites. */
export const GENERATED_DIRS = ['papers', 'references', 'glossary-found'] as const;

export function referenceFile(reference: Reference): [string, string] {
  return [`references/${reference.key}.yaml`, toYaml(reference)];
}

/** A glossary entry found in the collection: a Markdown file of frontmatter only, like a curated one without its explanation. */
export function foundConceptFile(concept: FoundConcept): [string, string] {
  const { slug, ...data } = concept;
  return [`glossary-found/${slug}.md`, `---\n${toYaml(data)}---\n`];
}
