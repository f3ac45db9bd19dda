/**
 * Where the generated collections live and how a reference is
 * written. Kept free of the Markdown machinery, so that a no-op incremental
 * ingest does not load it.
 */
import type { Reference } from '../../model/schema.ts';
import type { FoundConcept } from '../stages/found-glossary.ts';
import type { GlossaryCitation } from '../stages/glossary-citations.ts';
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

/** Where the works the curated glossary cites are listed, by entry: read by the reader's linker (build/glossary-citations.ts). */
export const GLOSSARY_CITATIONS_FILE = 'references/glossary-citations.json';

/** The citations printed in curated glossary entries, or nothing when there are none. */
export function glossaryCitationsFile(cited: readonly GlossaryCitation[]): [string, string][] {
  return cited.length === 0 ? [] : [[GLOSSARY_CITATIONS_FILE, `${JSON.stringify(cited, null, 1)}\n`]];
}
