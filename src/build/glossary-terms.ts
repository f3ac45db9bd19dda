/**
 * The glossary's terms and aliases, read from content/glossary/*.md (and the
 * entries found in the collection, content/glossary-found/*.md, which curated
 * ones override: glossary-merge.ts) when the site is configured, for the
 * linker that runs while papers are rendered. Validated with the model's
 * schema, so a broken entry is named at once.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type Concept, concept } from '../model/schema.ts';
import type { TermEntry } from '../markdown/term-matcher.ts';
import { mergeGlossary } from './glossary-merge.ts';

/** Read once per process and folder: astro.config.mjs (for glossary entries) and the paper loader both ask. */
const loaded = new Map<string, TermEntry[]>();

export function loadGlossaryTerms(dir: string, foundDir?: string): TermEntry[] {
  const id = `${dir}\n${foundDir ?? ''}`;
  const known = loaded.get(id);
  if (known) return known;
  const terms = mergeGlossary(readEntries(dir), foundDir ? readEntries(foundDir) : []).map((e) => ({ slug: e.id, forms: [e.data.term, ...e.data.aliases] }));
  loaded.set(id, terms);
  return terms;
}

function readEntries(dir: string): { id: string; data: Concept }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const yaml = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
      const result = concept.safeParse(yaml ? parse(yaml) : {});
      if (!result.success) throw new Error(`${join(dir, f)}: ${result.error.issues[0]!.path.join('.')}: ${result.error.issues[0]!.message}`);
      return { id: f.replace(/\.md$/, ''), data: result.data };
    });
}
