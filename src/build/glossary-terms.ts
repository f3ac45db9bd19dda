/**
 * The glossary's terms and aliases, read from content/glossary/*.md when the
 * site is configured, for the linker that runs while papers are rendered.
 * Validated with the model's schema, so a broken entry is named at once.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { concept } from '../model/schema.ts';
import type { TermEntry } from '../markdown/term-matcher.ts';

/** Read once per process and folder: astro.config.mjs (for glossary entries) and the paper loader both ask. */
const loaded = new Map<string, TermEntry[]>();

export function loadGlossaryTerms(dir: string): TermEntry[] {
  const known = loaded.get(dir);
  if (known) return known;
  const terms = readGlossaryTerms(dir);
  loaded.set(dir, terms);
  return terms;
}

function readGlossaryTerms(dir: string): TermEntry[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const yaml = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
      const result = concept.safeParse(yaml ? parse(yaml) : {});
      if (!result.success) throw new Error(`${join(dir, f)}: ${result.error.issues[0]!.path.join('.')}: ${result.error.issues[0]!.message}`);
      return { slug: f.replace(/\.md$/, ''), forms: [result.data.term, ...result.data.aliases] };
    });
}
