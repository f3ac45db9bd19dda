/**
 * The incremental ingest gives byte for byte what a full ingest gives, and
 * redoes only what changed: nothing for a no-op run, one paper for one page.
 */
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { generateCorpus } from '../../../bench/generate.ts';
import { IngestErrors } from '../../../src/ingest/stages/errors.ts';
import { ingestIncremental } from '../../../src/ingest/run/incremental.ts';
import { ingest, renderOutputs } from '../../../src/ingest/pipeline.ts';
import { listSources, loadSource } from '../../../src/ingest/run/sources.ts';
import { FIXTURES, SOURCES } from '../../helpers/corpus.ts';
import { GENERATED_DIRS } from '../../../src/ingest/write/outputs.ts';
import { loadBackground } from '../../../src/ingest/run/background-words.ts';
import { loadGlossaryTexts } from '../../../src/ingest/run/glossary-texts.ts';

function scratch(): { sources: string; content: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), 'folio-incremental-'));
  const sources = join(dir, 'sources');
  cpSync(SOURCES, sources, { recursive: true });
  for (const name of readdirSync(FIXTURES).filter((n) => n.endsWith('.txt') && !n.startsWith('bad-'))) cpSync(join(FIXTURES, name), join(sources, name));
  return { sources, content: join(dir, 'content'), cache: join(dir, 'cache') };
}

/** What a full, uncached ingest of the same sources writes. */
function expected(sources: string): Map<string, string> {
  return renderOutputs(ingest(listSources(sources).map(loadSource), new Map(), { background: loadBackground() }));
}

function onDisk(content: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const dir of GENERATED_DIRS) {
    if (!existsSync(join(content, dir))) continue;
    for (const name of readdirSync(join(content, dir))) out.set(`${dir}/${name}`, readFileSync(join(content, dir, name), 'utf8'));
  }
  return out;
}

describe('incremental ingest', () => {
  test('first run, no-op run and a one-page change all equal a full ingest', async () => {
    const { sources, content, cache } = scratch();
    const first = await ingestIncremental(listSources(sources), { contentDir: content, cacheDir: cache });
    assert.deepEqual(onDisk(content), expected(sources));
    assert.equal(first.rebuiltPapers, first.papers);

    const noop = await ingestIncremental(listSources(sources), { contentDir: content, cacheDir: cache });
    assert.deepEqual([noop.rebuiltPapers, noop.readPages, noop.written, noop.removed], [0, 0, 0, 0]);

    appendFileSync(join(sources, 'pdf-layout-a-p8.txt'), 'One more sentence that the curator added to the page.\n');
    const one = await ingestIncremental(listSources(sources), { contentDir: content, cacheDir: cache });
    assert.equal(one.rebuiltPapers, 1, 'only the changed page’s paper is rebuilt');
    assert.equal(one.readPages, 2, 'its two pages are read; no other page is');
    assert.deepEqual(onDisk(content), expected(sources));
  });

  test("the works a curated glossary entry cites become references, listed by entry, and an edit to the entry redoes them", async () => {
    const { sources, content, cache } = scratch();
    mkdirSync(join(content, 'glossary'), { recursive: true });
    const entry = join(content, 'glossary', 'relative-gains.md');
    writeFileSync(entry, '---\nterm: Relative gains\ndefinition: "Gains measured against a rival."\n---\nCentral to the debate (Grieco 1988), and to Balassa\'s (1965) index.\n');
    await ingestIncremental(listSources(sources), { contentDir: content, cacheDir: cache });
    assert.match(readFileSync(join(content, 'references', 'grieco-1988.yaml'), 'utf8'), /label: "Grieco, 1988"/);
    assert.deepEqual(JSON.parse(readFileSync(join(content, 'references', 'glossary-citations.json'), 'utf8')), [
      { slug: 'relative-gains', text: '(Grieco 1988)', ref: 'grieco-1988' },
      { slug: 'relative-gains', text: "Balassa's (1965)", ref: 'balassa-1965' },
    ]);
    const texts = loadGlossaryTexts(join(content, 'glossary'));
    assert.deepEqual(onDisk(content), renderOutputs(ingest(listSources(sources).map(loadSource), new Map(), { background: loadBackground(), glossaryTexts: texts })), 'as a full ingest makes them');

    writeFileSync(entry, readFileSync(entry, 'utf8').replace('(Grieco 1988)', '(Keohane 1984)'));
    const again = await ingestIncremental(listSources(sources), { contentDir: content, cacheDir: cache });
    assert.equal(again.rebuiltPapers, 0, 'no paper is rebuilt for a glossary edit');
    assert.ok(existsSync(join(content, 'references', 'keohane-1984.yaml')));
    assert.ok(!existsSync(join(content, 'references', 'grieco-1988.yaml')), 'a work no longer cited is removed');
  });

  test('a removed source removes its paper and its references', async () => {
    const { sources, content, cache } = scratch();
    await ingestIncremental(listSources(sources), { contentDir: content, cacheDir: cache });
    rmSync(join(sources, '002_2a29fe1bde96cbf5.txt'));
    const r = await ingestIncremental(listSources(sources), { contentDir: content, cacheDir: cache });
    assert.ok(r.removed >= 3, 'the paper and its two Harvard Business Review references');
    assert.deepEqual(onDisk(content), expected(sources));
  });

  test('bad input: an error naming the file, and content/ as it was', async () => {
    const { sources, content, cache } = scratch();
    await ingestIncremental(listSources(sources), { contentDir: content, cacheDir: cache });
    const before = onDisk(content);
    cpSync(join(FIXTURES, 'bad-invalid-utf8.txt'), join(sources, 'bad-invalid-utf8.txt'));
    await assert.rejects(ingestIncremental(listSources(sources), { contentDir: content, cacheDir: cache }), (e: unknown) => e instanceof IngestErrors && e.errors[0]!.file === 'bad-invalid-utf8.txt');
    assert.deepEqual(onDisk(content), before);
  });

  test('worker threads, or a thread for citations, give the same bytes as one thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'folio-workers-'));
    generateCorpus(40, join(dir, 'sources'), 7);
    const paths = listSources(join(dir, 'sources'));
    const one = await ingestIncremental(paths, { contentDir: join(dir, 'one'), cacheDir: join(dir, 'c1'), workers: 0 });
    const two = await ingestIncremental(paths, { contentDir: join(dir, 'two'), cacheDir: join(dir, 'c2'), workers: 2 });
    const cited = await ingestIncremental(paths, { contentDir: join(dir, 'cited'), cacheDir: join(dir, 'c3'), workers: 1, citeThread: true });
    assert.equal(one.papers, 40);
    assert.equal(two.rebuiltPapers, 40);
    assert.equal(cited.rebuiltPapers, 40);
    assert.deepEqual(onDisk(join(dir, 'two')), onDisk(join(dir, 'one')));
    assert.deepEqual(onDisk(join(dir, 'cited')), onDisk(join(dir, 'one')));
  });
});

test('editing the curated bibliography refreshes the references, and only them', async () => {
  const { sources, content, cache } = scratch();
  const { writeFileSync } = await import('node:fs');
  await ingestIncremental(listSources(sources), { contentDir: content, cacheDir: cache });
  writeFileSync(join(content, 'bibliography.bib'), '@article{calatayud-2025, title = {Robots and Relocation}, year = {2025}}\n');
  const r = await ingestIncremental(listSources(sources), { contentDir: content, cacheDir: cache });
  assert.deepEqual([r.rebuiltPapers, r.written], [0, 1]);
  assert.match(readFileSync(join(content, 'references/calatayud-2025.yaml'), 'utf8'), /title: "Robots and Relocation"/);
  const again = await ingestIncremental(listSources(sources), { contentDir: content, cacheDir: cache });
  assert.deepEqual([again.written, again.references], [0, r.references]);
});

test('a work the resolver adds to bibliography.json completes its reference; the hand-written BibTeX wins where both have it', async () => {
  const { sources, content, cache } = scratch();
  const { writeFileSync } = await import('node:fs');
  await ingestIncremental(listSources(sources), { contentDir: content, cacheDir: cache });
  writeFileSync(
    join(content, 'bibliography.json'),
    `${JSON.stringify([
      { id: 'calatayud-2025', type: 'article-journal', title: 'Resolved Title', DOI: '10.5555/robots.2025', 'container-title': 'Journal of Resolved Works', author: [{ family: 'Calatayud', given: 'Ana' }], issued: { 'date-parts': [[2025]] } },
      { id: 'liu-et-al-2024', type: 'report', title: 'Resolved Liu' },
    ])}\n`,
  );
  const r = await ingestIncremental(listSources(sources), { contentDir: content, cacheDir: cache });
  assert.equal(r.rebuiltPapers, 0);
  const calatayud = readFileSync(join(content, 'references/calatayud-2025.yaml'), 'utf8');
  assert.match(calatayud, /title: "Resolved Title"/);
  assert.match(calatayud, /DOI: "10\.5555\/robots\.2025"/);
  assert.match(calatayud, /incomplete: false/);
  writeFileSync(join(content, 'bibliography.bib'), '@article{calatayud-2025, title = {Hand-Written Title}, year = {2025}}\n');
  await ingestIncremental(listSources(sources), { contentDir: content, cacheDir: cache });
  assert.match(readFileSync(join(content, 'references/calatayud-2025.yaml'), 'utf8'), /title: "Hand-Written Title"/);
  assert.match(readFileSync(join(content, 'references/liu-et-al-2024.yaml'), 'utf8'), /title: "Resolved Liu"/);
});
