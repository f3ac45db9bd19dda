/**
 * Whether a glossary entry's quoted passage defines its term ("Defined in")
 * or only uses it ("Used in"): a curated entry may quote a passage that
 * shows the term at work without saying what it is. A found entry's passage
 * defines by construction; a curated one is read by the ingest's own
 * definition finder, or opens as a definition of a term named just before
 * it ("It refers to …").
 */
import { findDefinitions } from '../shared/definitions.ts';
import { termKey } from '../shared/term-key.ts';
import type { Concept } from '../model/schema.ts';

const DEFINES_WHAT_CAME_BEFORE = /^(?:It|This|This term|The term|The concept)\s+(?:refers to|is defined as|means|denotes|describes|stands for)\b/u;

// Asked once per entry and page that shows its card: read once per entry (the entries are read once per build).
const known = new WeakMap<Concept, boolean>();

export function quoteDefines(c: Concept): boolean {
  let defines = known.get(c);
  if (defines === undefined) known.set(c, (defines = readQuote(c)));
  return defines;
}

function readQuote(c: Concept): boolean {
  const quote = c.defined_in?.quote;
  if (!quote) return false;
  if (c.found || DEFINES_WHAT_CAME_BEFORE.test(quote)) return true;
  const forms = new Set([c.term, ...c.aliases].map(termKey));
  return findDefinitions(quote).some((d) => forms.has(termKey(d.term)) || (d.abbreviation !== undefined && forms.has(termKey(d.abbreviation))));
}
