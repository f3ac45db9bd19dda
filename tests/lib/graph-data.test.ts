/**
 * The collection graph's derivation: nodes for papers, concepts and cited
 * works, weighted "uses", "cites" and "related" edges, node weights as the sum
 * of their edges, on small inputs and on the seeds (ingested in-process, with
 * concept occurrences found by the glossary's own matcher).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { ingest } from '../../src/ingest/pipeline.ts';
import { displayTitle } from '../../src/lib/bibliographic.ts';
import { buildGraph, type Graph, type GraphOccurrence, linksUnder, neighbourIndex, termMap } from '../../src/lib/graph-data.ts';
import { loadGlossaryTerms } from '../../src/build/glossary-terms.ts';
import { TermMatcher } from '../../src/markdown/term-matcher.ts';
import { concept, type Paper } from '../../src/model/schema.ts';
import { ROOT, seedFiles } from '../helpers/corpus.ts';

const edge = (g: Graph, source: string, target: string) => g.edges.find((e) => e.source === source && e.target === target);
const node = (g: Graph, id: string) => g.nodes.find((n) => n.id === id);

describe('buildGraph on plain arrays', () => {
  const input = {
    papers: [
      { id: 'b-paper', title: 'B', citations: [{ ref: 'smith-2020', kind: 'parenthetical' }, { ref: 'smith-2020', kind: 'narrative' }, { ref: 'b-paper-1', kind: 'numbered' }] },
      { id: 'a-paper', title: 'A', citations: [{ ref: 'jones-2021', kind: 'named' }] },
    ],
    concepts: [
      { slug: 'reshoring', term: 'Reshoring', related: ['near-shoring', 'missing-entry', 'reshoring'] },
      { slug: 'near-shoring', term: 'Near-shoring', related: ['reshoring'] },
      { slug: 'unused', term: 'Unused', related: [] },
    ],
    references: [{ key: 'smith-2020', label: 'Smith, 2020' }],
    occurrences: [
      { slug: 'reshoring', paperId: 'b-paper' },
      { slug: 'reshoring', paperId: 'b-paper' },
      { slug: 'reshoring', paperId: 'a-paper' },
      { slug: 'near-shoring', paperId: 'a-paper' },
      { slug: 'not-a-concept', paperId: 'a-paper' },
      { slug: 'reshoring', paperId: 'not-a-paper' },
    ],
  };
  const g = buildGraph(input);

  test('one node per paper, concept and cited work, papers first, then by id', () => {
    assert.deepEqual(
      g.nodes.map((n) => n.id),
      ['paper:a-paper', 'paper:b-paper', 'concept:near-shoring', 'concept:reshoring', 'concept:unused', 'ref:jones-2021', 'ref:smith-2020'],
    );
    assert.deepEqual(node(g, 'concept:reshoring'), { id: 'concept:reshoring', kind: 'concept', label: 'Reshoring', href: '/glossary/reshoring/', weight: 4 });
    assert.equal(node(g, 'paper:b-paper')!.href, '/papers/b-paper/');
    assert.equal(node(g, 'ref:smith-2020')!.href, '/references/smith-2020/');
  });

  test('a work the references do not label is named by its key; numbered citations make no node', () => {
    assert.equal(node(g, 'ref:jones-2021')!.label, 'jones-2021');
    assert.equal(node(g, 'ref:b-paper-1'), undefined);
  });

  test('"uses" is weighted by occurrences, "cites" by citations, "related" is 1 per pair', () => {
    assert.equal(edge(g, 'paper:b-paper', 'concept:reshoring')!.weight, 2);
    assert.equal(edge(g, 'paper:a-paper', 'concept:reshoring')!.weight, 1);
    assert.equal(edge(g, 'paper:b-paper', 'ref:smith-2020')!.weight, 2);
    assert.equal(edge(g, 'paper:a-paper', 'ref:jones-2021')!.kind, 'cites');
    const related = g.edges.filter((e) => e.kind === 'related');
    assert.deepEqual(related, [{ source: 'concept:near-shoring', target: 'concept:reshoring', kind: 'related', weight: 1 }]);
    assert.equal(g.edges.length, 6);
  });

  test("a node's weight is the sum of its edges' weights", () => {
    for (const n of g.nodes) {
      const sum = g.edges.filter((e) => e.source === n.id || e.target === n.id).reduce((s, e) => s + e.weight, 0);
      assert.equal(n.weight, sum, n.id);
    }
    assert.equal(node(g, 'paper:b-paper')!.weight, 4);
    assert.equal(node(g, 'concept:unused')!.weight, 0);
  });

  test('the same graph whatever the input order', () => {
    const shuffled = buildGraph({
      papers: [...input.papers].reverse(),
      concepts: [...input.concepts].reverse(),
      references: input.references,
      occurrences: [...input.occurrences].reverse(),
    });
    assert.deepEqual(shuffled, g);
  });

  test('links respect the base', () => {
    const under = buildGraph(input, linksUnder('/folio/'));
    assert.equal(node(under, 'concept:reshoring')!.href, '/folio/glossary/reshoring/');
    assert.equal(node(under, 'paper:a-paper')!.href, '/folio/papers/a-paper/');
    assert.equal(node(under, 'ref:smith-2020')!.href, '/folio/references/smith-2020/');
  });

  test('neighbours, heaviest first; the term map holds used concepts only', () => {
    const near = neighbourIndex(g).get('concept:reshoring')!.map((n) => [n.node.id, n.kind, n.weight]);
    assert.deepEqual(near, [
      ['paper:b-paper', 'uses', 2],
      ['paper:a-paper', 'uses', 1],
      ['concept:near-shoring', 'related', 1],
    ]);
    const map = termMap(g);
    assert.deepEqual(map.concepts.map((c) => c.id), ['concept:near-shoring', 'concept:reshoring']);
    assert.equal(map.count('concept:reshoring', 'paper:b-paper'), 2);
    assert.equal(map.count('concept:near-shoring', 'paper:b-paper'), undefined);
  });
});

/** Concept occurrences as the glossary linker finds them: not in headings, not inside citations. */
function seedOccurrences(papers: readonly Paper[]): GraphOccurrence[] {
  const matcher = new TermMatcher(loadGlossaryTerms(join(ROOT, 'content/glossary')));
  const out: GraphOccurrence[] = [];
  for (const paper of papers) {
    for (const block of paper.blocks) {
      if (block.type === 'heading') continue;
      let text = block.text;
      for (const c of paper.citations.filter((c) => c.block === block.id)) text = text.slice(0, c.start) + ' '.repeat(c.end - c.start) + text.slice(c.end);
      for (const m of matcher.find(text)) out.push({ slug: m.slug, paperId: paper.id });
    }
  }
  return out;
}

function seedConcepts() {
  const dir = join(ROOT, 'content/glossary');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const data = concept.parse(parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, f), 'utf8'))![1]!));
      return { slug: f.replace(/\.md$/, ''), term: data.term, related: data.related };
    });
}

describe('the graph of the seeds', () => {
  const { papers, references } = ingest(seedFiles());
  const occurrences = seedOccurrences(papers);
  const concepts = seedConcepts();
  const g = buildGraph({
    papers: papers.map((p) => ({ id: p.id, title: displayTitle(p), citations: p.citations })),
    concepts,
    references: references.map((r) => ({ key: r.key, label: r.label })),
    occurrences,
  });
  const LI = 'paper:li-2026-impact-artificial-intelligence-robotics';
  const ZHANG = 'paper:zhang-global-industrial-supply-chain';
  const count = (kind: string) => g.nodes.filter((n) => n.kind === kind).length;

  test('2 papers, every glossary concept, the 5 cited works', () => {
    assert.equal(count('paper'), 2);
    assert.equal(count('concept'), concepts.length);
    assert.ok(concepts.length >= 30);
    assert.equal(count('reference'), 5);
    assert.equal(g.nodes.length, 2 + concepts.length + 5);
  });

  test('Li uses "reshoring" 3 times and cites Calatayud once and Gereffi & Korzeniewicz twice', () => {
    assert.equal(edge(g, LI, 'concept:reshoring')!.weight, 3);
    assert.equal(edge(g, ZHANG, 'concept:reshoring'), undefined);
    assert.equal(edge(g, LI, 'ref:calatayud-2025')!.weight, 1);
    assert.equal(edge(g, LI, 'ref:gereffi-korzeniewicz-1994')!.weight, 2);
    assert.equal(node(g, 'ref:calatayud-2025')!.label, 'Calatayud, 2025');
    assert.equal(node(g, 'ref:calatayud-2025')!.href, '/references/calatayud-2025/');
    assert.ok(edge(g, LI, 'concept:global-value-chain')!.weight >= 2);
    assert.ok(edge(g, ZHANG, 'concept:industrial-policy')!.weight >= 2);
  });

  test('edge counts follow the model: one "uses" per paper and concept used, one "cites" per paper and work, one "related" per pair', () => {
    const uses = new Set(occurrences.map((o) => `${o.paperId} ${o.slug}`));
    const cites = new Set(papers.flatMap((p) => p.citations.filter((c) => c.kind !== 'numbered').map((c) => `${p.id} ${c.ref}`)));
    const slugs = new Set(concepts.map((c) => c.slug));
    const related = new Set(concepts.flatMap((c) => c.related.filter((r) => slugs.has(r) && r !== c.slug).map((r) => [c.slug, r].sort().join(' '))));
    assert.equal(g.edges.filter((e) => e.kind === 'uses').length, uses.size);
    assert.equal(g.edges.filter((e) => e.kind === 'cites').length, cites.size);
    assert.equal(g.edges.filter((e) => e.kind === 'related').length, related.size);
    const usesWeight = g.edges.filter((e) => e.kind === 'uses').reduce((s, e) => s + e.weight, 0);
    assert.equal(usesWeight, occurrences.length);
  });

  test("node weights: Li's is its occurrences plus its citations", () => {
    const li = papers.find((p) => `paper:${p.id}` === LI)!;
    const expected = occurrences.filter((o) => o.paperId === li.id).length + li.citations.filter((c) => c.kind !== 'numbered').length;
    assert.equal(node(g, LI)!.weight, expected);
    const reshoring = concepts.find((c) => c.slug === 'reshoring')!;
    const relatedPairs = new Set([...reshoring.related, ...concepts.filter((c) => c.related.includes('reshoring')).map((c) => c.slug)]);
    assert.equal(node(g, 'concept:reshoring')!.weight, 3 + relatedPairs.size);
  });
});
