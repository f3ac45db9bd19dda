import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const content = process.env.FOLIO_CONTENT ?? '../../content';

export const collections = {
  papers: defineCollection({ loader: glob({ base: `${content}/papers`, pattern: '*.md' }) }),
};
