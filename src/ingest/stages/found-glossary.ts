/**
 * The collection's own glossary: every term the collection defines (and that
 * termhood.ts ranks as worth an entry) becomes an entry "from the
 * collection", its definition the exact defining passage with where it
 * stands. Curated entries override these at build time (build/glossary-merge.ts).
 */
import type { Concept, Paper, PageBreak } from '../../model/schema.ts';
import { slugify } from '../../shared/slug.ts';
import { pageAt } from './assemble.ts';
import { PATTERN_PRIORITY } from '../../shared/definitions.ts';
import { type Background, type FoundDefinition, rankTerms } from './termhood.ts';

/** What the glossary needs of a paper: its prose and the definitions found in it (kept by the incremental ingest). */
export interface GlossaryInput {
  id: string;
  language: string;
  blocks: { id: string; text: string; page: number | null; breaks?: PageBreak[] }[];
  definitions: Paper['definitions'];
}

export interface FoundConcept extends Concept {
  slug: string;
  definition: string;
}

export function glossaryInput(paper: Paper): GlossaryInput {
  const blocks = paper.blocks
    .filter((b) => b.type !== 'heading' && b.ref === undefined)
    .map((b) => ({ id: b.id, text: b.text, page: b.page, ...(b.breaks ? { breaks: b.breaks } : {}) }));
  return { id: paper.id, language: paper.language, blocks, definitions: paper.definitions };
}

/** The clearest definition first: a sentence that says what the term is, before a short form's expansion. */
function best(definitions: readonly FoundDefinition[]): FoundDefinition | undefined {
  const rank = (d: FoundDefinition) => PATTERN_PRIORITY.indexOf(d.pattern);
  return [...definitions].filter((d) => d.quote.length >= 10).sort((a, b) => (a.pattern === 'abbreviation' ? 1 : 0) - (b.pattern === 'abbreviation' ? 1 : 0) || rank(a) - rank(b) || a.paper.localeCompare(b.paper))[0];
}

export function foundGlossary(inputs: readonly GlossaryInput[], background?: Background): FoundConcept[] {
  const found: FoundDefinition[] = inputs.flatMap((p) => p.definitions.map((d) => ({ ...d, paper: p.id })));
  if (found.length === 0) return [];
  const blockOf = new Map(inputs.flatMap((p) => p.blocks.map((b) => [`${p.id}#${b.id}`, b] as const)));
  const taken = new Map<string, number>();
  const out: FoundConcept[] = [];
  for (const candidate of rankTerms(inputs, found, { phrases: 'known', ...(background ? { background } : {}) })) {
    const d = best(candidate.definitions);
    if (!d?.block) continue;
    const block = blockOf.get(`${d.paper}#${d.block}`);
    const base = slugify(candidate.term) || 'term';
    const n = (taken.get(base) ?? 0) + 1;
    taken.set(base, n);
    out.push({
      slug: n === 1 ? base : `${base}-${n}`,
      term: candidate.term,
      aliases: [...new Set(candidate.aliases.filter((a) => a !== candidate.term))],
      definition: d.quote,
      found: true,
      related: [],
      defined_in: { paper: d.paper, block: d.block, page: block ? pageAt({ ...block, type: 'paragraph' }, d.start) : null, quote: d.quote },
    });
  }
  return out.sort((a, b) => a.slug.localeCompare(b.slug));
}
