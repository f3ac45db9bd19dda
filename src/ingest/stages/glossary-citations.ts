/**
 * The works a curated glossary entry names ("(Grieco 1988)", "Balassa's
 * (1965)"), found with the same recognizer as a paper's citations, so that
 * they become references like any cited work: a page, a card, "cited in" and
 * a place in the curated bibliography. The entry's text is the curator's and
 * is never rewritten; the reader links the printed citation where it stands
 * (markdown/glossary-citations.ts), from the list this stage makes.
 */
import { type FoundCitation, findCitations } from './citations.ts';

/** A curated glossary entry's Markdown body, by its slug (its file name). */
export interface GlossaryText {
  slug: string;
  body: string;
}

/** A citation printed in a glossary entry: its exact text, and the work it names. */
export interface GlossaryCitation {
  slug: string;
  text: string;
  ref: string;
}

export function glossaryCitations(entries: readonly GlossaryText[]): { found: FoundCitation[]; cited: GlossaryCitation[] } {
  const found: FoundCitation[] = [];
  const cited: GlossaryCitation[] = [];
  for (const { slug, body } of [...entries].sort((a, b) => a.slug.localeCompare(b.slug))) {
    const seen = new Set<string>();
    // Numbered citations lead into a paper's own list; an entry has none.
    for (const c of findCitations(body, `glossary-${slug}`).filter((c) => c.kind !== 'numbered')) {
      found.push(c);
      if (seen.has(c.text)) continue;
      seen.add(c.text);
      cited.push({ slug, text: c.text, ref: c.ref });
    }
  }
  return { found, cited };
}
