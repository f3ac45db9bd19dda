/**
 * The glossary linker's matcher over the whole generated collection: its
 * throughput with the collection's own glossary and with a glossary of 5,000
 * terms, so the report shows that the cost follows the text, not the number
 * of terms. The extra terms are two- and three-word phrases of the
 * collection's own words, so many of them do occur.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGlossaryTerms } from '../../src/build/glossary-terms.ts';
import { type TermEntry, TermMatcher } from '../../src/markdown/term-matcher.ts';
import { seededRandom } from '../../src/shared/seeded-random.ts';

export interface LinkerTiming {
  linker_terms: number;
  linker_mb_per_s: number;
  /** The same text with 5,000 terms. */
  linker_5000_mb_per_s: number;
  linker_matches: number;
  linker_5000_matches: number;
}

function throughput(matcher: TermMatcher, bodies: readonly string[], bytes: number): { mbPerS: number; matches: number } {
  let matches = 0;
  const t = performance.now();
  for (const body of bodies) matches += matcher.find(body).length;
  return { mbPerS: Math.round((bytes / 1e6 / ((performance.now() - t) / 1000)) * 10) / 10, matches };
}

export function timeLinker(content: string): LinkerTiming {
  const dir = join(content, 'papers');
  const bodies = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
  const bytes = bodies.reduce((n, b) => n + Buffer.byteLength(b), 0);
  const glossary = loadGlossaryTerms(join(content, 'glossary'));
  // Phrases taken from running text, so they match where they stand.
  const words = bodies.slice(0, 200).join(' ').match(/\p{L}{3,}/gu) ?? [];
  const random = seededRandom(7);
  const extra: TermEntry[] = Array.from({ length: 5000 - glossary.length }, (_, i) => {
    const at = Math.floor(random() * (words.length - 3));
    return { slug: `synthetic-${i}`, forms: [words.slice(at, at + (i % 3 === 0 ? 3 : 2)).join(' ')] };
  });
  throughput(new TermMatcher(glossary), bodies.slice(0, 50), 0); // warm up the JIT before timing
  const own = throughput(new TermMatcher(glossary), bodies, bytes);
  const large = throughput(new TermMatcher([...glossary, ...extra]), bodies, bytes);
  return { linker_terms: glossary.length, linker_mb_per_s: own.mbPerS, linker_5000_mb_per_s: large.mbPerS, linker_matches: own.matches, linker_5000_matches: large.matches };
}

if (import.meta.main) console.log(timeLinker(process.argv[2] ?? 'content'));
