/**
 * The content collections, validated with the model's own schemas: what the
 * ingest writes is exactly what the reader accepts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { concept, paperFrontmatter, reference } from './model/schema.ts';

// FOLIO_CONTENT points the reader at another content folder (the benchmark's).
const content = process.env.FOLIO_CONTENT ?? './content';

const papers = defineCollection({
  // The data store stays small for thousands of papers: no raw Markdown kept,
  // and each paper rendered when its page is built rather than stored. (The
  // store is inlined into the build as one string literal, which V8 compiles
  // in superlinear time: 58 MB took 24 s, 10 MB 1 s.)
  loader: glob({ base: `${content}/papers`, pattern: '*.md', retainBody: false, deferRender: true }),
  schema: paperFrontmatter,
});

const references = defineCollection({
  loader: glob({ base: `${content}/references`, pattern: '*.yaml' }),
  schema: reference,
});

const glossary = defineCollection({
  loader: glob({ base: `${content}/glossary`, pattern: '*.md' }),
  schema: concept,
});

export const collections = { papers, references, glossary };
