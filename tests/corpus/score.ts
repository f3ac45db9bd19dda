/**
 * The fidelity score: the ingest run on the corpus's pages, compared with
 * their gold annotations, per dimension and overall. Each part of the split
 * (tune, validation) is ingested as one collection, so that pages of
 * different papers mix as they do in a curator's folder and grouping is
 * tested too. A page the ingest refuses scores nothing; one it crashes on is
 * counted as a crash.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IngestError, IngestErrors } from '../../src/ingest/stages/errors.ts';
import { ingest, type SourceFile } from '../../src/ingest/pipeline.ts';
import type { Paper, Reference } from '../../src/model/schema.ts';
import { CORPUS_DIR, type CorpusPage, type Gold, readCorpus } from './gold.ts';
import { fieldValue, SCORED } from './reference-score.ts';

export const DIMENSIONS = ['furniture', 'headings', 'paragraphs', 'metadata', 'hyphenation', 'citations', 'terms', 'text', 'dollars', 'grouping', 'references'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface PageScore {
  name: string;
  layout: string;
  scores: Partial<Record<Dimension, number>>;
  mean: number;
  notes: string[];
}

export interface PartScore {
  part: 'tune' | 'validation';
  pages: number;
  layouts: number;
  dimensions: Record<Dimension, number | null>;
  overall: number;
  crashes: number;
  refused: number;
  falsePositives: { headings: number; citations: number; metadata: number; furniture: number };
  pageScores: PageScore[];
}

/** Text as compared: NFKC, lower case, one space; CJK text without any spaces (it has none of its own). */
export function norm(text: string): string {
  const t = text.normalize('NFKC').toLowerCase().replace(/[\u00ad\u200b]/g, '').replace(/[‘’ʼ`´]/g, "'").replace(/[“”„«»]/g, '"').replace(/[‐‑–—]/g, '-').replace(/\s+/gu, ' ').trim();
  return /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u.test(t) ? t.replace(/ /g, '') : t;
}

/** Looser still, for titles and names: no punctuation at all. */
function loose(text: string): string {
  return norm(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function f1(gold: readonly string[], found: readonly string[]): { score: number; falsePositives: number } {
  if (gold.length === 0 && found.length === 0) return { score: 1, falsePositives: 0 };
  const pool = new Map<string, number>();
  for (const g of gold) pool.set(g, (pool.get(g) ?? 0) + 1);
  let hit = 0;
  for (const f of found) {
    const n = pool.get(f) ?? 0;
    if (n > 0) {
      hit++;
      pool.set(f, n - 1);
    }
  }
  const precision = found.length === 0 ? 1 : hit / found.length;
  const recall = gold.length === 0 ? 1 : hit / gold.length;
  return { score: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), falsePositives: found.length - hit };
}

export function readSplit(): Map<string, 'tune' | 'validation'> {
  const split = new Map<string, 'tune' | 'validation'>();
  for (const line of readFileSync(join(CORPUS_DIR, 'split.yaml'), 'utf8').split('\n')) {
    const m = /^([a-z0-9-]+):\s*(tune|validation)\s*$/.exec(line);
    if (m) split.set(m[1]!, m[2] as 'tune' | 'validation');
  }
  return split;
}

/** The file name a corpus page is ingested under: unique across families. */
const sourceName = (page: CorpusPage) => page.name.replace(/\//g, '__') + '.txt';

/**
 * Ingests the pages as one collection. Pages the ingest refuses (curator
 * errors) are set aside and the rest ingested again; a crash is isolated by
 * ingesting each group alone.
 */
interface Ingested {
  papers: Paper[];
  references: Reference[];
  refused: Set<string>;
  crashed: Set<string>;
}

function ingestAll(pages: CorpusPage[]): Ingested {
  const refused = new Set<string>();
  const crashed = new Set<string>();
  const files = (list: CorpusPage[]): SourceFile[] => list.map((p) => ({ name: sourceName(p), bytes: readFileSync(p.file) }));
  let todo = pages;
  for (let round = 0; round < pages.length; round++) {
    try {
      const { papers, references } = ingest(files(todo));
      return { papers, references, refused, crashed };
    } catch (error) {
      if (error instanceof IngestErrors || error instanceof IngestError) {
        const bad = new Set((error instanceof IngestErrors ? error.errors : [error]).map((e) => e.file));
        for (const p of todo) if (bad.has(sourceName(p))) refused.add(sourceName(p));
        todo = todo.filter((p) => !bad.has(sourceName(p)));
        continue;
      }
      // A crash: find the pages it comes from, group by group.
      const papers: Paper[] = [];
      const references: Reference[] = [];
      const byGroup = new Map<string, CorpusPage[]>();
      for (const p of todo) byGroup.set(p.gold.group ?? p.name, [...(byGroup.get(p.gold.group ?? p.name) ?? []), p]);
      for (const group of byGroup.values()) {
        try {
          const result = ingest(files(group));
          papers.push(...result.papers);
          references.push(...result.references);
        } catch (inner) {
          for (const p of group) (inner instanceof IngestErrors || inner instanceof IngestError ? refused : crashed).add(sourceName(p));
        }
      }
      return { papers, references, refused, crashed };
    }
  }
  return { papers: [], references: [], refused, crashed };
}

/** The blocks of a paper that belong to one of its source pages. */
function blocksOf(paper: Paper, page: CorpusPage): Paper['blocks'] {
  return paper.blocks.filter((b) => b.source === sourceName(page));
}

function textOf(paper: Paper): string {
  return paper.blocks.map((b) => (b.marker ? `${b.marker} ` : '') + b.text).join('\n');
}

/** The gold metadata of a paper: the union over its pages (a value printed on page 1 stands for the paper). */
function goldMetadata(pages: CorpusPage[]): NonNullable<Gold['metadata']> {
  const out: NonNullable<Gold['metadata']> = {};
  for (const p of pages) for (const [k, v] of Object.entries(p.gold.metadata ?? {})) if ((out as Record<string, unknown>)[k] === undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

function scoreMetadata(paper: Paper, gold: NonNullable<Gold['metadata']>): { score: number | undefined; invented: string[]; notes: string[] } {
  const checks: [string, boolean][] = [];
  const notes: string[] = [];
  const invented: string[] = [];
  const p = paper;
  const year = paper.issued?.['date-parts'][0]?.[0];
  const compare = (field: string, goldValue: string | undefined, found: string | undefined, same: (a: string, b: string) => boolean) => {
    if (goldValue === undefined) {
      if (found !== undefined) invented.push(`${field}: ${found}`);
      return;
    }
    const ok = found !== undefined && same(goldValue, found);
    if (!ok) notes.push(`${field}: ${JSON.stringify(found)} (gold ${JSON.stringify(goldValue)})`);
    checks.push([field, ok]);
  };
  const sameLoose = (a: string, b: string) => loose(a) === loose(b);
  compare('title', gold.title, paper.title, (g, f) => sameLoose(g, f) || (gold.title_also ?? []).some((t) => sameLoose(t, f)));
  if (gold.authors) {
    const want = gold.authors.map((a) => loose(a.family));
    const got = paper.author.map((a) => loose(a.family));
    const { score } = f1(want, got);
    checks.push(['authors', score >= 0.999]);
    if (score < 0.999) notes.push(`authors: ${JSON.stringify(got)} (gold ${JSON.stringify(want)})`);
  } else if (paper.author.length > 0) invented.push(`authors: ${paper.author.map((a) => a.family).join(', ')}`);
  compare('container-title', gold['container-title'], paper['container-title'], sameLoose);
  compare('volume', gold.volume, paper.volume, (a, b) => norm(a) === norm(b));
  compare('issue', gold.issue, paper.issue, (a, b) => norm(a) === norm(b));
  compare('year', gold.year, year === undefined ? undefined : String(year), (a, b) => a === b);
  compare('pages', gold.pages, paper.page, (a, b) => norm(a).replace(/-/g, '-') === norm(b));
  compare('doi', gold.doi, p.DOI, (a, b) => norm(a) === norm(b));
  compare('issn', gold.issn, p.ISSN, (a, b) => norm(a) === norm(b));
  return { score: checks.length === 0 ? undefined : checks.filter(([, ok]) => ok).length / checks.length, invented, notes };
}

/** Words of a text, for "were the source's words kept". */
function words(text: string): string[] {
  return norm(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Reference entries, end to end: each gold entry of the page is looked for
 * among the entries the ingest listed on it (by its text), and the fields of
 * the reference it made are compared with the gold CSL, as
 * reference-score.ts compares the parser's; an entry not found gets none of
 * its fields right. Share of fields right.
 */
function scoreReferences(goldRefs: NonNullable<Gold['references']>, blocks: Paper['blocks'], byKey: ReadonlyMap<string, Reference>): { score: number; missed: number } {
  const listed = new Map<string, Reference>();
  for (const b of blocks) if (b.ref !== undefined && byKey.has(b.ref)) listed.set(loose(b.text), byKey.get(b.ref)!);
  const LABEL = /^(?:\[\s*(?:\d{1,4}|[ivxlc]{1,7})\s*\]|\(\d{1,4}\)|\d{1,4}[.)])\s*/iu;
  let fields = 0;
  let right = 0;
  let missed = 0;
  for (const g of goldRefs) {
    const found = listed.get(loose(g.entry.replace(LABEL, '')));
    if (!found) missed++;
    for (const field of SCORED) {
      const want = fieldValue(g.csl as Record<string, unknown>, field);
      const have = found ? fieldValue(found as unknown as Record<string, unknown>, field) : undefined;
      // A work of unknown type is 'document' in the collection: the gold's type is then simply not given.
      if (want === undefined && (have === undefined || (field === 'type' && have === 'document'))) continue;
      fields++;
      if (want === have) right++;
    }
  }
  return { score: fields === 0 ? 1 : right / fields, missed };
}

export function scorePart(part: 'tune' | 'validation', pages: CorpusPage[]): PartScore {
  const { papers, references, refused, crashed } = ingestAll(pages);
  const referenceByKey = new Map(references.map((r) => [r.key, r]));
  const paperOf = new Map<string, Paper>();
  for (const paper of papers) for (const p of paper.pages) paperOf.set(p.source, paper);
  const fp = { headings: 0, citations: 0, metadata: 0, furniture: 0 };
  const pageScores: PageScore[] = [];
  const groups = new Map<string, CorpusPage[]>();
  for (const p of pages) groups.set(p.gold.group ?? p.name, [...(groups.get(p.gold.group ?? p.name) ?? []), p]);
  const metadataDone = new Set<Paper>();

  for (const page of pages) {
    const g = page.gold;
    const scores: Partial<Record<Dimension, number>> = {};
    const notes: string[] = [];
    const paper = paperOf.get(sourceName(page));
    if (!paper) {
      for (const d of DIMENSIONS) scores[d] = 0;
      notes.push(crashed.has(sourceName(page)) ? 'crashed' : 'refused');
      pageScores.push({ name: page.name, layout: g.layout, scores, mean: 0, notes });
      continue;
    }
    const text = textOf(paper);
    const flatText = norm(text);
    const blocks = blocksOf(paper, page);

    const dropped = paper.dropped.filter((d) => d.source === sourceName(page));
    const furniture = f1((g.furniture ?? []).map((f) => norm(f.line)), dropped.map((d) => norm(d.line)));
    scores.furniture = furniture.score;
    fp.furniture += furniture.falsePositives;
    if (furniture.score < 1) notes.push(`furniture: dropped ${dropped.length}, gold ${g.furniture?.length ?? 0}`);

    const headings = f1((g.headings ?? []).map(loose), blocks.filter((b) => b.type === 'heading').map((b) => loose(b.text)));
    scores.headings = headings.score;
    fp.headings += headings.falsePositives;
    if (headings.falsePositives > 0) notes.push(`headings: ${headings.falsePositives} invented`);

    if (g.paragraphs !== undefined) {
      // Blocks that begin on this page (a block running on from the page before belongs to that page).
      const found = blocks.filter((b) => b.type !== 'heading').length;
      const ok = new Set([g.paragraphs, ...(g.paragraphs_ok ?? [])]);
      const nearest = [...ok].reduce((best, n) => (Math.abs(n - found) < Math.abs(best - found) ? n : best));
      scores.paragraphs = ok.has(found) ? 1 : Math.max(0, 1 - Math.abs(found - nearest) / Math.max(nearest, 1));
      if (!ok.has(found)) notes.push(`paragraphs: ${found} (gold ${[...ok].join('/')})`);
    }

    if (!metadataDone.has(paper)) {
      metadataDone.add(paper);
      const groupPages = groups.get(g.group ?? page.name) ?? [page];
      const meta = scoreMetadata(paper, goldMetadata(groupPages));
      if (meta.score !== undefined) scores.metadata = meta.score;
      fp.metadata += meta.invented.length;
      notes.push(...meta.notes.map((n) => `metadata ${n}`), ...meta.invented.map((n) => `metadata invented ${n}`));
    }

    const join = g.hyphenation?.join ?? [];
    const keep = g.hyphenation?.keep ?? [];
    if (join.length + keep.length > 0) {
      const found = [...join.map((w) => flatText.includes(norm(w))), ...keep.map((w) => flatText.includes(norm(w)))];
      scores.hyphenation = found.filter(Boolean).length / found.length;
    }

    const cited = paper.citations.filter((c) => blocks.some((b) => b.id === c.block));
    const citations = f1((g.citations ?? []).map((c) => norm(c.text)), cited.map((c) => norm(c.text)));
    scores.citations = citations.score;
    fp.citations += citations.falsePositives;
    if (citations.score < 1) notes.push(`citations: found ${cited.length}, gold ${g.citations?.length ?? 0}`);

    const terms = f1((g.terms ?? []).map((t) => `${t.kind}:${norm(t.term)}`), paper.terms.filter((t) => blocks.some((b) => b.id === t.block)).map((t) => `${t.kind}:${norm(t.term)}`));
    scores.terms = terms.score;

    // The source's words, less its furniture, should all be in the text (line-end hyphens resolved either way).
    const furnitureLines = new Set((g.furniture ?? []).map((f) => f.line.trim()));
    const source = readFileSync(page.file, 'utf8');
    const body = source
      .split(/\r\n|\r|\n/)
      .filter((l) => !furnitureLines.has(l.trim()))
      .join('\n')
      .replace(/(\p{L})[-\u00ad]\s*\n\s*(\p{L})/gu, '$1$2');
    const want = words(body);
    const have = new Set(words(text.replace(/-/g, '')).concat(words(text)));
    const kept = want.length === 0 ? 1 : want.filter((w) => have.has(w) || have.has(w.replace(/-/g, ''))).length / want.length;
    const snippets = [...(g.must_contain ?? []).map((s) => flatText.includes(norm(s))), ...(g.must_not_contain ?? []).map((s) => !flatText.includes(norm(s)))];
    scores.text = snippets.length === 0 ? kept : (kept + snippets.filter(Boolean).length / snippets.length) / 2;

    if ((g.references ?? []).length > 0) {
      const refs = scoreReferences(g.references!, blocks, referenceByKey);
      scores.references = refs.score;
      if (refs.missed > 0) notes.push(`references: ${refs.missed} of ${g.references!.length} entries not found`);
    }

    if ((g.dollars ?? []).length > 0) scores.dollars = g.dollars!.filter((d) => text.includes(d)).length / g.dollars!.length;

    const values = Object.values(scores);
    pageScores.push({ name: page.name, layout: g.layout, scores, mean: values.reduce((a, b) => a + b, 0) / values.length, notes });
  }

  // Grouping: for every pair of pages, the same paper exactly when the gold says the same group.
  let agree = 0;
  let pairs = 0;
  for (let i = 0; i < pages.length; i++) {
    for (let j = i + 1; j < pages.length; j++) {
      const [a, b] = [pages[i]!, pages[j]!];
      const goldSame = a.gold.group !== undefined && a.gold.group === b.gold.group;
      const pa = paperOf.get(sourceName(a));
      const found = pa !== undefined && pa === paperOf.get(sourceName(b));
      if (!goldSame && !found) continue;
      pairs++;
      if (goldSame === found) agree++;
    }
  }
  const grouping = pairs === 0 ? 1 : agree / pairs;
  for (const p of pageScores) if (p.notes[0] !== 'crashed' && p.notes[0] !== 'refused') p.scores.grouping = grouping;

  const dimensions = Object.fromEntries(
    DIMENSIONS.map((d) => {
      const values = pageScores.map((p) => p.scores[d]).filter((v): v is number => v !== undefined);
      return [d, values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length];
    }),
  ) as Record<Dimension, number | null>;
  const present = Object.values(dimensions).filter((v): v is number => v !== null);
  return {
    part,
    pages: pages.length,
    layouts: new Set(pages.map((p) => p.gold.layout)).size,
    dimensions,
    overall: present.reduce((a, b) => a + b, 0) / present.length,
    crashes: crashed.size,
    refused: refused.size,
    falsePositives: fp,
    pageScores: pageScores.sort((a, b) => a.mean - b.mean),
  };
}

/** Scores both parts of the corpus. */
export function scoreCorpus(): PartScore[] {
  const { pages, problems } = readCorpus();
  if (problems.length > 0) throw new Error(`the corpus has annotation problems (npx node tests/corpus/check.ts):\n${problems.join('\n')}`);
  const split = readSplit();
  const unsplit = pages.filter((p) => !split.has(p.gold.layout));
  if (unsplit.length > 0) throw new Error(`layouts missing from split.yaml: ${[...new Set(unsplit.map((p) => p.gold.layout))].join(', ')}`);
  return (['tune', 'validation'] as const).map((part) => scorePart(part, pages.filter((p) => split.get(p.gold.layout) === part)));
}
