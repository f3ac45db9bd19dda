/**
 * How well Folio's glossary extraction does on the gold collections (see
 * README.md beside this file): the real ingest runs in-process on each
 * collection, `findDefinitions` on every paragraph and list item, and
 * `rankTerms` over the whole collection.
 *
 *   npx node tests/glossary/score.ts                    # every collection, then overall
 *   npx node tests/glossary/score.ts climate-finance    # one collection (climate-finance | public-health | seeds)
 *   npx node tests/glossary/score.ts seeds --details    # also list misses and false positives (tuning collections only)
 *   npx node tests/glossary/score.ts --json             # the numbers as JSON
 *
 * Reported, per collection and overall:
 * - term precision / recall: a candidate is right when its term or one of its
 *   aliases is a gold term or alias (normalised: case, quotes, hyphens,
 *   spacing); `acceptable` candidates count neither way. "Strict" precision
 *   also counts as wrong a second candidate for a gold term already matched
 *   (a split entry: "green bond" and "grüne Anleihen" apart).
 * - definition precision: the share of found definitions whose quote contains,
 *   or is contained in, a gold definition of the same term in the same paper;
 *   one that overlaps a `non_definitions` trap is wrong (and counted as a trap).
 *   Given twice: for every span the finder returns ("finder"), and for the
 *   definitions attached to the glossary's entries ("glossary").
 * - definition recall: the share of gold definitions some found span matches,
 *   also per pattern and per language.
 * - verbatim: every found quote is `block.text.slice(start, end)` of its block.
 *
 * `public-health` is the held-out collection: tune on `climate-finance` and the
 * seeds only; this script prints no per-item details for it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { ingest } from '../../src/ingest/pipeline.ts';
import { BACKGROUND_SOURCE, loadBackground } from '../../src/ingest/run/background-words.ts';
import { findDefinitions } from '../../src/shared/definitions.ts';
import { type FoundDefinition, rankTerms, type TermCandidate } from '../../src/ingest/stages/termhood.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = join(HERE, '..', '..');
export const HELD_OUT = new Set(['public-health']);
export const TARGETS = { termPrecision: 0.85, termRecall: 0.7, definitionPrecision: 0.9 };

interface GoldDefinition {
  source: string;
  quote: string;
  pattern: string;
}
interface GoldTerm {
  term: string;
  language: string;
  aliases?: string[];
  definitions?: GoldDefinition[];
}
interface Gold {
  sources?: { file: string; paper: string; language: string }[];
  terms: GoldTerm[];
  not_terms?: string[];
  acceptable?: string[];
  non_definitions?: { term: string; source: string; quote: string }[];
}

export const normalise = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[“”"„«»‘’‚]/gu, '')
    .replace(/[-‐–—]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
const squash = (s: string) => s.replace(/\s+/gu, ' ').trim();
const contains = (a: string, b: string) => squash(a).includes(squash(b)) || squash(b).includes(squash(a));

interface Collection {
  name: string;
  dir: string;
  gold: Gold;
  files: string[];
}

function collection(name: string): Collection {
  if (name === 'seeds') {
    const gold = parse(readFileSync(join(HERE, 'seeds.gold.yaml'), 'utf8')) as Gold;
    const dir = join(REPO, 'content', 'sources');
    return { name, dir, gold, files: (gold.sources ?? []).map((s) => s.file).sort() };
  }
  const dir = join(HERE, name, 'sources');
  const gold = parse(readFileSync(join(HERE, name, 'gold.yaml'), 'utf8')) as Gold;
  return { name, dir, gold, files: readdirSync(dir).filter((f) => f.endsWith('.txt')).sort() };
}

export interface Counts {
  candidates: number;
  right: number;
  wrong: number;
  neutral: number;
  split: number;
  goldTerms: number;
  goldTermsFound: number;
  finderDefs: number;
  finderRight: number;
  finderNeutral: number;
  finderTraps: number;
  glossaryDefs: number;
  glossaryRight: number;
  glossaryNeutral: number;
  glossaryTraps: number;
  goldDefs: number;
  goldDefsFound: number;
  notVerbatim: number;
  byPattern: Record<string, [number, number]>;
  byLanguage: Record<string, [number, number]>;
  /** Term precision by the strongest evidence behind a candidate: [right, judged]. */
  byEvidence: Record<string, [number, number]>;
}

export interface Scored {
  name: string;
  counts: Counts;
  details: string[];
  candidates: TermCandidate[];
  ms: number;
}

const background = loadBackground();

export function scoreCollection(name: string): Scored {
  const c = collection(name);
  const t0 = performance.now();
  const result = ingest(c.files.map((file) => ({ name: file, bytes: readFileSync(join(c.dir, file)) })));
  const found: FoundDefinition[] = [];
  let notVerbatim = 0;
  const sourcesOf = new Map(result.papers.map((p) => [p.id, new Set(p.pages.map((pg) => pg.source))]));
  for (const p of result.papers)
    for (const b of p.blocks) {
      if (b.type === 'heading') continue;
      for (const d of findDefinitions(b.text, { language: p.language })) {
        if (b.text.slice(d.start, d.end) !== d.quote || !b.text.includes(d.quote)) notVerbatim++;
        found.push({ ...d, paper: p.id, block: b.id });
      }
    }
  const candidates = rankTerms(result.papers, found, { background });
  const ms = performance.now() - t0;

  const { gold } = c;
  const owner = new Map<string, GoldTerm>();
  for (const t of gold.terms) for (const n of [t.term, ...(t.aliases ?? [])]) owner.set(normalise(n), t);
  const acceptable = new Set((gold.acceptable ?? []).map(normalise));
  const notTerms = new Set((gold.not_terms ?? []).map(normalise));
  const namesOf = (cand: TermCandidate) => [cand.term, ...cand.aliases].map(normalise);
  const details: string[] = [];

  // ---- terms
  const matched = new Set<GoldTerm>();
  let right = 0;
  let wrong = 0;
  let neutral = 0;
  let split = 0;
  const goldOf = new Map<TermCandidate, GoldTerm>();
  const byEvidence: Record<string, [number, number]> = {};
  for (const cand of candidates) {
    const names = namesOf(cand);
    const g = names.map((n) => owner.get(n)).find(Boolean);
    if (g || !names.some((n) => acceptable.has(n))) {
      const e = (byEvidence[cand.evidence[0] ?? 'none'] ??= [0, 0]);
      e[1]++;
      if (g) e[0]++;
    }
    if (g) {
      goldOf.set(cand, g);
      if (matched.has(g)) {
        split++;
        details.push(`  split entry: "${cand.term}" (again "${g.term}")`);
      } else {
        matched.add(g);
        right++;
      }
    } else if (names.some((n) => acceptable.has(n))) neutral++;
    else {
      wrong++;
      details.push(`  false term${names.some((n) => notTerms.has(n)) ? ' (not_term)' : ''}: "${cand.term}" [${cand.score}; ${cand.evidence.join(', ')}; ${cand.occurrences}x]${cand.aliases.length ? ` aka ${cand.aliases.slice(0, 4).join(' | ')}` : ''}`);
    }
  }
  for (const t of gold.terms) if (!matched.has(t)) details.push(`  missed term: "${t.term}" (${(t.definitions ?? []).length} definitions)`);

  // ---- definitions
  const paperOf = (source: string) => result.papers.find((p) => sourcesOf.get(p.id)!.has(source))?.id;
  const goldDefs = gold.terms.flatMap((t) => (t.definitions ?? []).map((d) => ({ ...d, term: t, paper: paperOf(d.source), language: (gold.sources ?? []).find((s) => s.file === d.source)?.language ?? 'en' })));
  const traps = (gold.non_definitions ?? []).map((n) => ({ ...n, paper: paperOf(n.source) }));
  const goldTermOfDef = (d: FoundDefinition, cand?: TermCandidate) =>
    [d.term, d.abbreviation ?? ''].map((n) => owner.get(normalise(n))).find(Boolean) ?? (cand ? goldOf.get(cand) : undefined);
  const judge = (d: FoundDefinition, cand?: TermCandidate): 'right' | 'trap' | 'neutral' | 'wrong' => {
    const g = goldTermOfDef(d, cand);
    const hit = g && goldDefs.some((gd) => gd.term === g && gd.paper === d.paper && contains(gd.quote, d.quote));
    if (hit) return 'right';
    if (traps.some((t) => t.paper === d.paper && contains(t.quote, d.quote))) return 'trap';
    if (!g && [d.term, ...(cand ? [cand.term, ...cand.aliases] : [])].some((n) => acceptable.has(normalise(n)))) return 'neutral';
    return 'wrong';
  };
  const tally = { finderRight: 0, finderNeutral: 0, finderTraps: 0, glossaryDefs: 0, glossaryRight: 0, glossaryNeutral: 0, glossaryTraps: 0 };
  const candOf = new Map<FoundDefinition, TermCandidate>();
  for (const cand of candidates) for (const d of cand.definitions) candOf.set(d, cand);
  for (const d of found) {
    const cand = candOf.get(d);
    const verdict = judge(d, cand);
    if (verdict === 'right') tally.finderRight++;
    else if (verdict === 'neutral') tally.finderNeutral++;
    else {
      if (verdict === 'trap') tally.finderTraps++;
      details.push(`  ${verdict === 'trap' ? 'TRAP' : 'wrong'} definition [${d.pattern}] "${d.term}"${cand ? '' : ' (not in glossary)'}: ${d.quote.slice(0, 110)}`);
    }
    if (cand) {
      tally.glossaryDefs++;
      if (verdict === 'right') tally.glossaryRight++;
      else if (verdict === 'neutral') tally.glossaryNeutral++;
      else if (verdict === 'trap') tally.glossaryTraps++;
    }
  }
  const byPattern: Record<string, [number, number]> = {};
  const byLanguage: Record<string, [number, number]> = {};
  let goldDefsFound = 0;
  for (const gd of goldDefs) {
    const ok = found.some((d) => d.paper === gd.paper && goldTermOfDef(d, candOf.get(d)) === gd.term && contains(gd.quote, d.quote));
    if (ok) goldDefsFound++;
    else details.push(`  missed definition [${gd.pattern}] "${gd.term.term}" in ${gd.source}: ${gd.quote.slice(0, 100)}`);
    for (const [table, k] of [[byPattern, gd.pattern], [byLanguage, gd.language]] as const) {
      const e = (table[k] ??= [0, 0]);
      e[1]++;
      if (ok) e[0]++;
    }
  }
  return {
    name,
    ms,
    candidates,
    details,
    counts: {
      candidates: candidates.length,
      right,
      wrong,
      neutral,
      split,
      goldTerms: gold.terms.length,
      goldTermsFound: matched.size,
      finderDefs: found.length,
      ...tally,
      goldDefs: goldDefs.length,
      goldDefsFound,
      notVerbatim,
      byPattern,
      byLanguage,
      byEvidence,
    },
  };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
export function metrics(k: Counts) {
  return {
    termPrecision: ratio(k.right + k.split, k.right + k.wrong + k.split),
    strictTermPrecision: ratio(k.right, k.right + k.wrong + k.split),
    termRecall: ratio(k.goldTermsFound, k.goldTerms),
    definitionPrecision: ratio(k.glossaryRight, k.glossaryDefs - k.glossaryNeutral),
    finderDefinitionPrecision: ratio(k.finderRight, k.finderDefs - k.finderNeutral),
    definitionRecall: ratio(k.goldDefsFound, k.goldDefs),
    verbatim: k.notVerbatim === 0,
  };
}

function add(a: Counts, b: Counts): Counts {
  const out = { ...a } as Counts;
  for (const key of Object.keys(b) as (keyof Counts)[]) {
    if (typeof b[key] === 'number') (out[key] as number) = (a[key] as number) + (b[key] as number);
  }
  for (const table of ['byPattern', 'byLanguage', 'byEvidence'] as const) {
    out[table] = { ...a[table] };
    for (const [k, [x, n]] of Object.entries(b[table])) {
      const e = (out[table][k] ??= [0, 0]);
      out[table][k] = [e[0] + x, e[1] + n];
    }
  }
  return out;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
function report(label: string, k: Counts, ms?: number): string[] {
  const m = metrics(k);
  const flag = (x: number, target: number) => (x >= target ? '' : ' (below target)');
  return [
    `${label}${ms === undefined ? '' : ` (${ms.toFixed(0)} ms)`}`,
    `  terms: precision ${pct(m.termPrecision)}${flag(m.termPrecision, TARGETS.termPrecision)} (${k.right + k.split} right, ${k.wrong} wrong, ${k.neutral} acceptable of ${k.candidates}; strict ${pct(m.strictTermPrecision)}, counting the ${k.split} second entries for one gold term as wrong); recall ${pct(m.termRecall)}${flag(m.termRecall, TARGETS.termRecall)} (${k.goldTermsFound}/${k.goldTerms})`,
    `  definitions: precision ${pct(m.definitionPrecision)}${flag(m.definitionPrecision, TARGETS.definitionPrecision)} in the glossary (${k.glossaryRight}/${k.glossaryDefs - k.glossaryNeutral}, ${k.glossaryTraps} traps), ${pct(m.finderDefinitionPrecision)} from the finder (${k.finderRight}/${k.finderDefs - k.finderNeutral}, ${k.finderTraps} traps); recall ${pct(m.definitionRecall)} (${k.goldDefsFound}/${k.goldDefs})`,
    `  term precision by strongest evidence: ${Object.entries(k.byEvidence).sort().map(([p, [x, n]]) => `${p} ${x}/${n}`).join(', ')}`,
    `  recall by pattern: ${Object.entries(k.byPattern).sort().map(([p, [x, n]]) => `${p} ${x}/${n}`).join(', ')}`,
    `  recall by language: ${Object.entries(k.byLanguage).sort().map(([p, [x, n]]) => `${p} ${x}/${n}`).join(', ')}`,
    `  quotes verbatim: ${k.notVerbatim === 0 ? 'all' : `${k.notVerbatim} NOT verbatim`}`,
  ];
}

const ALL = ['climate-finance', 'seeds', 'public-health'];

if (import.meta.main) {
  const args = process.argv.slice(2);
  const names = args.filter((a) => !a.startsWith('--'));
  const chosen = names.length > 0 ? names : ALL;
  for (const n of chosen) if (!ALL.includes(n) || (n !== 'seeds' && !existsSync(join(HERE, n, 'gold.yaml')))) throw new Error(`unknown collection ${n} (${ALL.join(', ')})`);
  const scored = chosen.map(scoreCollection);
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(Object.fromEntries(scored.map((s) => [s.name, { ...metrics(s.counts), counts: s.counts }])), null, 2)}\n`);
  } else {
    console.log(`background list: ${BACKGROUND_SOURCE}`);
    for (const s of scored) {
      console.log(report(`${s.name}${HELD_OUT.has(s.name) ? ' [held out]' : ' [tuning]'}`, s.counts, s.ms).join('\n'));
      if (args.includes('--details')) {
        if (HELD_OUT.has(s.name)) console.log('  (details withheld: held-out collection)');
        else {
          console.log(s.details.join('\n'));
          if (args.includes('--list')) for (const c of s.candidates) console.log(`    ${c.score.toFixed(2)} ${c.term} [${c.evidence.join(',')}; ${c.occurrences}x; ${c.papers.length} papers]${c.aliases.length ? ` aka ${c.aliases.join(' | ')}` : ''}`);
        }
      }
    }
    if (scored.length > 1) {
      const tune = scored.filter((s) => !HELD_OUT.has(s.name));
      const held = scored.filter((s) => HELD_OUT.has(s.name));
      if (tune.length > 1) console.log(report('tuning overall', tune.map((s) => s.counts).reduce(add)).join('\n'));
      if (held.length > 0) console.log(report('overall (all collections)', scored.map((s) => s.counts).reduce(add)).join('\n'));
    }
  }
}
