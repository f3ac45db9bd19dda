/**
 * The bodies of the curated glossary entries (content/glossary/*.md), for the
 * works they cite (stages/glossary-citations.ts). Only the text after the
 * frontmatter: the frontmatter is the reader's to validate.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GlossaryText } from '../stages/glossary-citations.ts';

export function loadGlossaryTexts(dir: string): GlossaryText[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ slug: f.replace(/\.md$/, ''), body: readFileSync(join(dir, f), 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '') }));
}
