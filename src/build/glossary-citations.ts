/**
 * The works the curated glossary entries cite, as the ingest listed them
 * (references/glossary-citations.json, from stages/glossary-citations.ts): by
 * entry, the printed citation and the work's key. The reader links each where
 * it stands in the entry (markdown/glossary-citations.ts) and lists the entries
 * on the work's page; nothing here reads the entries' text again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const listed = z.array(z.object({ slug: z.string(), text: z.string().min(1), ref: z.string() }));
export type GlossaryCitation = z.infer<typeof listed>[number];

const loaded = new Map<string, GlossaryCitation[]>();

/** Every citation printed in a curated glossary entry, in entry order; none when the ingest listed none. */
export function loadGlossaryCitations(contentDir: string): GlossaryCitation[] {
  const known = loaded.get(contentDir);
  if (known) return known;
  const path = join(contentDir, 'references', 'glossary-citations.json');
  const cites = existsSync(path) ? listed.parse(JSON.parse(readFileSync(path, 'utf8'))) : [];
  loaded.set(contentDir, cites);
  return cites;
}

/** The same, by entry slug. */
export function glossaryCitationsBySlug(cites: readonly GlossaryCitation[]): Map<string, { text: string; ref: string }[]> {
  const bySlug = new Map<string, { text: string; ref: string }[]>();
  for (const { slug, text, ref } of cites) bySlug.set(slug, [...(bySlug.get(slug) ?? []), { text, ref }]);
  return bySlug;
}
