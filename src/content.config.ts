/**
 * The content collections, validated with the model's own schemas: what the
 * ingest writes is exactly what the reader accepts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { paperFrontmatter, reference } from './model/schema.ts';

const papers = defineCollection({
  loader: glob({ base: './content/papers', pattern: '*.md' }),
  schema: paperFrontmatter,
});

const references = defineCollection({
  loader: glob({ base: './content/references', pattern: '*.yaml' }),
  schema: reference,
});

export const collections = { papers, references };
