/**
 * The content collections, validated with the model's own schemas: what the
 * ingest writes is exactly what the reader accepts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { loadGlossaryTerms } from './build/glossary-terms.ts';
import { paperLoader } from './build/paper-loader.ts';
import { concept, paperFrontmatter, reference } from './model/schema.ts';
import { config } from './shared/config.ts';

// The content folder and base come from folio.config.ts (the benchmark points FOLIO_CONTENT elsewhere).
const { content, base, glossary: glossaryDir, glossaryFound } = config;

// Papers are rendered by their own loader, with the same Markdown stack as
// astro.config.mjs gives Astro; see src/lib/paper-loader.ts for why.
const papers = defineCollection({
  loader: paperLoader({ dir: `${content}/papers`, base, terms: loadGlossaryTerms(glossaryDir, glossaryFound) }),
  // Where the loader left the rendered body (src/lib/paper-body.ts reads it).
  schema: paperFrontmatter.extend({ bodyFile: z.string() }),
});

const references = defineCollection({
  loader: glob({ base: `${content}/references`, pattern: '*.yaml' }),
  schema: reference,
});

const glossary = defineCollection({
  loader: glob({ base: glossaryDir, pattern: '*.md' }),
  schema: concept,
});

// Entries the ingest found in the collection's own definitions; curated ones override them (lib/collection.ts).
const foundGlossary = defineCollection({
  loader: glob({ base: glossaryFound, pattern: '*.md' }),
  schema: concept,
});

export const collections = { papers, references, glossary, foundGlossary };
