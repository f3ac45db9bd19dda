/**
 * The glossary the reader shows: the curated entries (content/glossary/) and
 * the entries found in the collection (content/glossary-found/, written by
 * the ingest). A curated entry wins over a found one of the same slug or of
 * any shared term or alias; a curated entry with `muted: true` hides the found
 * entry and is not shown itself.
 */
import { termKey } from '../shared/term-key.ts';
import type { Concept, ShownConcept } from '../model/schema.ts';

/** Forms compared as the glossary finder groups them: "Re-shoring" and "reshoring", "value chains" and "value chain" are one. */
const formKey = (form: string) => termKey(form) || form.normalize('NFKC').toLowerCase().replace(/[\s\-‐‑]+/gu, '');

export function mergeGlossary<E extends { id: string; data: Concept }>(curated: readonly E[], found: readonly E[]): (E & { data: ShownConcept })[] {
  const taken = new Set<string>();
  const shown: (E & { data: ShownConcept })[] = [];
  for (const e of curated) {
    taken.add(`slug:${e.id}`);
    for (const form of [e.data.term, ...e.data.aliases]) taken.add(formKey(form));
    if (!e.data.muted && e.data.definition !== undefined) shown.push(e as E & { data: ShownConcept });
  }
  for (const e of found) {
    if (taken.has(`slug:${e.id}`) || [e.data.term, ...e.data.aliases].some((form) => taken.has(formKey(form)))) continue;
    if (e.data.definition !== undefined) shown.push(e as E & { data: ShownConcept });
  }
  return shown;
}
