/**
 * The three seed pages end to end: what a reader of Folio must see, asserted
 * field by field, plus a golden copy of the whole JSON ingest so that any
 * change to the output is a deliberate one (UPDATE_GOLDEN=1 rewrites it).
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ingest } from '../../src/ingest/pipeline.ts';
import { ROOT, seedFiles } from '../helpers/corpus.ts';
import { loadBackground } from '../../src/ingest/run/background-words.ts';

const result = ingest(seedFiles(), new Map(), { background: loadBackground() });
const li = result.papers.find((p) => p.author[0]?.family === 'Li')!;
const zhang = result.papers.find((p) => p.author[0]?.family === 'Zhang')!;

describe('Li Ting, pp. 43 and 52', () => {
  test('the two flipbook pages are one article, in page order, with the gaps named', () => {
    assert.equal(result.papers.length, 2);
    assert.deepEqual(li.pages.map((p) => [p.number, p.source]), [[43, '001_6799d8671908c4ca.txt'], [52, '000_2c8157cf733e5964.txt']]);
    assert.deepEqual(li.missing, [{ from: 40, to: 42 }, { from: 44, to: 51 }, { from: 53, to: 57 }]);
  });

  test('citation metadata as a person would write it', () => {
    assert.equal(li.title, 'The Impact of Artificial Intelligence and Robotics on International Trade: A Study on the Reshaping of the Global Value Chain and the Transformation of Trade Patterns');
    assert.deepEqual(li.author, [{ family: 'Li', given: 'Ting' }]);
    assert.equal(li['container-title'], 'The Journal of Economic Sciences: Theory and Practice');
    assert.equal(li.volume, '83');
    assert.equal(li.issue, '1');
    assert.deepEqual(li.issued, { 'date-parts': [[2026]] });
    assert.equal(li.page, '40-57');
    assert.equal(li.publisher, 'Azerbaijan State University of Economics');
    assert.equal(li.language, 'en');
  });

  test('headings, run-in headings and the list item', () => {
    const headings = li.blocks.filter((b) => b.type === 'heading');
    assert.deepEqual(headings.map((h) => [h.text, h.depth, h.run_in ?? false]), [
      ['2.3 Artificial Intelligence Reshapes the Global Value Chain', 2, false],
      ['Review of the Basic Concepts of the Global Value Chain.', 3, true],
      ['Artificial Intelligence Reshapes the Global Value Chain.', 3, true],
    ]);
    const item = li.blocks.find((b) => b.type === 'list-item')!;
    assert.equal(item.marker, '5.');
    assert.ok(item.text.startsWith('In terms of promoting the growth of digital trade'));
  });

  test('hyphenation: real compounds keep their hyphen, the dash joins', () => {
    const text = li.blocks.map((b) => b.text).join('\n');
    assert.match(text, /concentrating high-value-added segments in technology- and knowledge-intensive domains/);
    assert.match(text, /public health crises—businesses increasingly/);
    assert.match(text, /toward a “technology-driven regionalization-platforming-intelligence convergence” model/);
  });

  test('citations tied to reference keys', () => {
    const cites = li.citations.map((c) => [c.text, c.ref, c.kind, c.cited_on]);
    assert.deepEqual(cites, [
      ['Gereffi and Korzeniewicz in 1994', 'gereffi-korzeniewicz-1994', 'narrative', 43],
      ['(Gereffi & Korzeniewicz, 1994)', 'gereffi-korzeniewicz-1994', 'parenthetical', 43],
      ['(Liu, Kuang, & Wang, 2024)', 'liu-et-al-2024', 'parenthetical', 43],
      ['(Calatayud, 2025)', 'calatayud-2025', 'parenthetical', 43],
    ]);
  });

  test('quoted terms kept for the glossary', () => {
    const terms = li.terms.map((t) => t.term);
    for (const t of ['reshoring', 'digital slicing', 'digital value chains', 'tripartite convergence of goods, services, and data']) {
      assert.ok(terms.includes(t), t);
    }
  });
});

describe('Zhang Lijuan, web article', () => {
  test('author from the author line; no journal or year invented', () => {
    assert.equal(zhang.title, 'Global Industrial and Supply Chain Restructuring: Background, Characteristics and Development Trends');
    assert.deepEqual(zhang.author, [{ family: 'Zhang', given: 'Lijuan' }]);
    assert.equal(zhang['container-title'], undefined);
    assert.equal(zhang.issued, undefined);
    assert.equal(zhang.volume, undefined);
    assert.equal(zhang.type, 'webpage');
  });

  test('site cruft and the repeated title are removed, with reasons', () => {
    assert.deepEqual(zhang.dropped.map((d) => [d.line_number, d.reason]), [
      [1, 'title'],
      [3, 'byline'],
      [5, 'title'],
      [23, 'site-navigation'],
      [25, 'site-navigation'],
    ]);
    const text = zhang.blocks.map((b) => b.text).join('\n');
    assert.ok(!text.includes('经典小说推荐') && !text.includes('杂志订阅') && !text.includes('Trends0'));
  });

  test('section titles and roman-numbered headings', () => {
    assert.deepEqual(zhang.blocks.filter((b) => b.type === 'heading').map((h) => [h.text, h.depth]), [
      ['Background of Global Industrial and Supply Chain Restructuring', 2],
      ['Characteristics of Global Industrial and Supply Chain Restructuring', 2],
      ['I. Government-Led Industrial Policy to Promote Reconstruction of the Industrial and Supply Chain', 3],
    ]);
  });

  test('the two Harvard Business Review articles are separate works', () => {
    const refs = result.references.filter((r) => r['container-title'] === 'Harvard Business Review');
    assert.deepEqual(refs.map((r) => [r.title, r.issued?.['date-parts'][0]?.[0], r.volume ?? r.issue]), [
      ['Industrial Policy: It Doesn’t Work', 1983, '11'],
      ['A New Era of Industrial Policy Has Arrived', 2023, '9/10'],
    ]);
  });

  test('abbreviations with their expansions', () => {
    assert.deepEqual(zhang.terms.map((t) => [t.term, t.expansion]), [
      ['TNCs', 'transnational corporations'],
      ['WTO', 'World Trade Organization'],
    ]);
  });
});

test('references hold only what the pages say, marked incomplete', () => {
  const calatayud = result.references.find((r) => r.key === 'calatayud-2025')!;
  assert.deepEqual(calatayud, {
    key: 'calatayud-2025',
    type: 'document',
    author: [{ family: 'Calatayud' }],
    issued: { 'date-parts': [[2025]] },
    label: 'Calatayud, 2025',
    incomplete: true,
  });
  const liu = result.references.find((r) => r.key === 'liu-et-al-2024')!;
  assert.deepEqual(liu.author, [{ family: 'Liu' }, { family: 'Kuang' }, { family: 'Wang' }]);
});

test('deterministic: the same sources give the same result', () => {
  assert.deepEqual(ingest(seedFiles(), new Map(), { background: loadBackground() }), result);
});

test('golden: the whole ingest of the seeds', () => {
  const golden = join(ROOT, 'tests/fixtures/golden/seeds.json');
  const actual = `${JSON.stringify(result, null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN) writeFileSync(golden, actual);
  assert.equal(actual, readFileSync(golden, 'utf8'));
});

test('the definitions a paper gives are listed with their block and an exact quote of it', () => {
  for (const paper of result.papers) {
    for (const d of paper.definitions) assert.equal(paper.blocks.find((b) => b.id === d.block)?.text.slice(d.start, d.end), d.quote, d.term);
  }
  const li = result.papers.find((p) => p.id.startsWith('li-'))!;
  const zhang = result.papers.find((p) => p.id.startsWith('zhang-'))!;
  assert.ok(li.definitions.some((d) => d.term === 'digital value chains' && d.quote.includes('centered on software, algorithms, and platforms')));
  assert.deepEqual(zhang.definitions.filter((d) => d.pattern === 'abbreviation').map((d) => [d.term, d.abbreviation]), [['transnational corporations', 'TNCs'], ['World Trade Organization', 'WTO']]);
});
