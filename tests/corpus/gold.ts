/**
 * The fidelity corpus's gold annotations: their schema (the conventions in
 * README.md, as a type) and how to read them. Shared by the checker
 * (check.ts) and the scorer (scripts/fidelity.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { furnitureKind } from '../../src/model/schema.ts';

/** The furniture kinds: the model's closed set, which the ingest labels removed lines with. */
export const FURNITURE_KINDS = furnitureKind.options;

const name = z.object({ family: z.string().min(1), given: z.string().min(1).optional() }).strict();
const text = z.string().min(1);

const cslEntry = z
  .object({
    type: z.string().optional(),
    author: z.array(z.union([name, z.object({ literal: text }).strict()])).optional(),
    editor: z.array(z.union([name, z.object({ literal: text }).strict()])).optional(),
    issued: z.object({ 'date-parts': z.array(z.array(z.number().int())).min(1) }).strict().optional(),
    title: text.optional(),
    'container-title': text.optional(),
    volume: text.optional(),
    issue: text.optional(),
    page: text.optional(),
    publisher: text.optional(),
    'publisher-place': text.optional(),
    edition: text.optional(),
    DOI: text.optional(),
    URL: text.optional(),
    ISBN: text.optional(),
    number: text.optional(),
    accessed: z.object({ 'date-parts': z.array(z.array(z.number().int())).min(1) }).strict().optional(),
  })
  .strict();

export const gold = z
  .object({
    layout: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    reproduces: text,
    language: z.string().min(2),
    kind: z.enum(['pdf-page', 'web-article']),
    encoding: z.string().optional(),
    group: z.string().min(1).optional(),
    page: z.number().int().nullable().optional(),
    metadata: z
      .object({
        title: text.optional(),
        title_also: z.array(text).optional(),
        authors: z.array(name).optional(),
        'container-title': text.optional(),
        volume: text.optional(),
        issue: text.optional(),
        year: z.string().regex(/^\d{4}$/).optional(),
        pages: z.string().regex(/^\S+[-–]\S+$|^\S+$/).optional(),
        doi: text.optional(),
        issn: text.optional(),
      })
      .strict()
      .optional(),
    furniture: z.array(z.object({ line: text, kind: z.enum(FURNITURE_KINDS) }).strict()).optional(),
    headings: z.array(text).optional(),
    paragraphs: z.number().int().nonnegative().optional(),
    paragraphs_ok: z.array(z.number().int().nonnegative()).optional(),
    hyphenation: z.object({ join: z.array(text).optional(), keep: z.array(text).optional() }).strict().optional(),
    citations: z
      .array(
        z
          .object({
            text,
            kind: z.enum(['parenthetical', 'narrative', 'numbered', 'named']),
            authors: z.array(text).optional(),
            year: z.string().optional(),
            number: z.number().int().optional(),
          })
          .strict(),
      )
      .optional(),
    terms: z.array(z.object({ term: text, kind: z.enum(['quoted', 'abbreviation']), expansion: text.optional() }).strict()).optional(),
    dollars: z.array(text).optional(),
    formulas: z.array(text).optional(),
    must_contain: z.array(text).optional(),
    must_not_contain: z.array(text).optional(),
    references: z.array(z.object({ entry: text, csl: cslEntry }).strict()).optional(),
    notes: z.string().optional(),
  })
  .strict();

export type Gold = z.infer<typeof gold>;

export interface CorpusPage {
  /** Path from the corpus folder, without extension: "pdf/seeds-journal-p44". */
  name: string;
  file: string;
  gold: Gold;
}

export const CORPUS_DIR = join(import.meta.dirname);

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** Every page of the corpus (or of one family folder) with its parsed gold; throws with the file on a bad annotation. */
export function readCorpus(dir: string = CORPUS_DIR): { pages: CorpusPage[]; problems: string[] } {
  const pages: CorpusPage[] = [];
  const problems: string[] = [];
  for (const path of walk(dir)) {
    if (!path.endsWith('.gold.yaml')) continue;
    const base = path.slice(0, -'.gold.yaml'.length);
    const rel = relative(CORPUS_DIR, base);
    const file = readdirSync(join(base, '..')).find((f) => join(base, '..', f) !== path && join(base, '..', f).startsWith(`${base}.`) && !f.endsWith('.gold.yaml') && !f.endsWith('.yaml'));
    if (!file) {
      problems.push(`${rel}.gold.yaml: no page file beside it`);
      continue;
    }
    let data: unknown;
    try {
      data = parse(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push(`${rel}.gold.yaml: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    const parsed = gold.safeParse(data);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((i) => `${rel}.gold.yaml: ${i.path.join('.')}: ${i.message}`));
      continue;
    }
    pages.push({ name: rel, file: join(base, '..', file), gold: parsed.data });
  }
  return { pages, problems };
}
