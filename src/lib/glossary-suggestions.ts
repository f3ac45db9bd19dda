/**
 * What a curator should add to (or prune from) the glossary: candidate
 * concepts not yet in it, from the ingest's quoted terms and abbreviations
 * and from frequent multi-word phrases, each with its count and an example
 * context; and stale entries that no paper uses. One matcher pass per list,
 * linear in the collection's text.
 */
import { type TermEntry, TermMatcher } from '../markdown/term-matcher.ts';
import type { Paper } from '../model/schema.ts';
import { isMinorWord } from '../shared/text-shape.ts';

export interface Candidate {
  term: string;
  source: 'quoted' | 'abbreviation' | 'phrase';
  expansion: string | null;
  count: number;
  papers: number;
  example: string;
}

export interface Suggestions {
  candidates: Candidate[];
  stale: string[];
}

interface Count {
  count: number;
  papers: Set<string>;
  example: string;
}

function countAll(matcher: TermMatcher, papers: readonly Paper[]): Map<string, Count> {
  const counts = new Map<string, Count>();
  for (const paper of papers) {
    for (const block of paper.blocks) {
      for (const m of matcher.find(block.text)) {
        let c = counts.get(m.slug);
        if (!c) counts.set(m.slug, (c = { count: 0, papers: new Set(), example: block.text.slice(Math.max(0, m.start - 50), m.end + 50).trim() }));
        c.count++;
        c.papers.add(paper.id);
      }
    }
  }
  return counts;
}

// Words that make a phrase ordinary prose rather than a term of art.
const GENERIC = new Set(
  'all also about have has had been being become becomes became are were was will would can could may might more most many much some such this that these those their there which other very well new own same each every between'.split(' '),
);

/**
 * Frequent phrases of two or three content words, as candidate terms of art,
 * outside passages the glossary already covers ("global value" inside
 * "global value chain" is no candidate).
 */
function phrases(papers: readonly Paper[], known: TermMatcher, minCount: number): string[] {
  const counts = new Map<string, number>();
  for (const paper of papers) {
    for (const block of paper.blocks) {
      const covered = known.find(block.text);
      const words = [...block.text.matchAll(/[\p{L}][\p{L}-]+/gu)].map((m) => ({ w: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length }));
      let c = 0;
      for (let i = 0; i < words.length; i++) {
        while (c < covered.length && covered[c]!.end <= words[i]!.start) c++;
        for (const n of [2, 3]) {
          const gram = words.slice(i, i + n);
          if (gram.length < n) continue;
          if (covered[c] && covered[c]!.start < gram.at(-1)!.end) continue;
          const ws = gram.map((g) => g.w);
          if (isMinorWord(ws[0]!) || isMinorWord(ws.at(-1)!) || ws.some((w) => w.length < 3 || GENERIC.has(w))) continue;
          const key = ws.join(' ');
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
    }
  }
  return [...counts].filter(([, n]) => n >= minCount).map(([p]) => p);
}

export function suggestConcepts(papers: readonly Paper[], glossary: readonly TermEntry[], options: { minPhraseCount?: number } = {}): Suggestions {
  const known = new TermMatcher(glossary);
  const covered = (term: string) => {
    const m = known.find(term);
    return m.length === 1 && m[0]!.start === 0 && m[0]!.end >= term.replace(/[.”"]+$/u, '').length;
  };

  const proposed = new Map<string, Omit<Candidate, 'count' | 'papers' | 'example'>>();
  for (const paper of papers) {
    for (const t of paper.terms) {
      const key = t.term.toLowerCase();
      if (!covered(t.term) && !proposed.has(key)) proposed.set(key, { term: t.term, source: t.kind, expansion: t.expansion });
    }
  }
  for (const p of phrases(papers, known, options.minPhraseCount ?? 3)) {
    if (!covered(p) && !proposed.has(p)) proposed.set(p, { term: p, source: 'phrase', expansion: null });
  }
  const counts = countAll(new TermMatcher([...proposed.keys()].map((k) => ({ slug: k, forms: [proposed.get(k)!.term] }))), papers);
  const candidates = [...proposed]
    .map(([key, c]) => ({ ...c, count: counts.get(key)?.count ?? 0, papers: counts.get(key)?.papers.size ?? 0, example: counts.get(key)?.example ?? '' }))
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));

  const used = countAll(known, papers);
  return { candidates, stale: glossary.filter((g) => !used.has(g.slug)).map((g) => g.slug) };
}
