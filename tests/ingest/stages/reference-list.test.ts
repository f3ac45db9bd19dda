/**
 * A paper's printed reference list, read from its pages, as a curator sees it
 * in `ingest --json`: every entry among `references` as CSL-JSON, the list's
 * entries as blocks of the text that name their work, and the paper's in-text
 * citations led to those entries, "[3]" by number and "(Lund, 2018b)" by
 * authors, year and letter. The pages are in tests/fixtures/reference-lists/.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Paper, Reference } from '../../../src/model/schema.ts';
import { ROOT } from '../../helpers/corpus.ts';
import { ingestJsonFile, ingestJsonText } from '../../helpers/ingest-json.ts';

const DIR = join(ROOT, 'tests/fixtures/reference-lists');

function ingestJson(name: string): { paper: Paper; references: Map<string, Reference> } {
  const result = ingestJsonFile(join(DIR, name));
  assert.equal(result.papers.length, 1);
  return { paper: result.papers[0]!, references: new Map(result.references.map((ref) => [ref.key, ref])) };
}

const year = (r: Reference | undefined) => r?.issued?.['date-parts'][0]?.[0];

test('a numbered (Vancouver) list: each entry parsed into CSL, and "[1]", "[2, 3]" lead to their entries', () => {
  const { paper, references } = ingestJson('vancouver-numbered.txt');
  const listed = paper.listed ?? [];
  assert.deepEqual(listed.map((e) => e.number), [1, 2, 3]);
  const [first, second, third] = listed.map((e) => references.get(e.key));
  assert.deepEqual(first?.author, [{ family: 'Kovač', given: 'A' }, { family: 'Brandt', given: 'P' }]);
  assert.equal(year(first), 2019);
  assert.equal(first?.title, 'Weekend timetables and missed trips');
  assert.equal(first?.['container-title'], 'J Transp Geogr');
  assert.equal(first?.volume, '74');
  assert.equal(first?.DOI, '10.5555/jtg.2019.0112');
  assert.equal(first?.incomplete, false);
  assert.equal(second?.issue, '2');
  assert.equal(second?.page, '145-63');
  // Fields an entry does not give stay absent.
  assert.equal(second?.DOI, undefined);
  assert.equal(third?.publisher, 'OTS');
  assert.equal(third?.['publisher-place'], 'London');
  // Every numbered citation leads to the entry of its number.
  const numbered = paper.citations.filter((c) => c.kind === 'numbered');
  assert.deepEqual(numbered.map((c) => c.number), [1, 2, 3, 3]);
  for (const c of numbered) assert.equal(c.ref, listed.find((e) => e.number === c.number)?.key, c.text);
  // The entries are the list's blocks, numbered; the section after the list stays text after it.
  const kinds = paper.blocks.map((b) => (b.ref ? `entry ${b.marker}` : `${b.type} ${b.text.slice(0, 12)}`));
  assert.deepEqual(kinds.slice(-6), ['heading References', 'entry 1.', 'entry 2.', 'entry 3.', 'heading Appendix', 'paragraph The timetabl']);
  // Names and years inside the entries are not citations of the paper.
  assert.ok(paper.citations.every((c) => !paper.blocks.find((b) => b.id === c.block)?.ref));
});

test('an author-year (APA) list with hanging indents: "(Lund, 2018a)" and "(Lund, 2018b)" lead to two different entries', () => {
  const { paper, references } = ingestJson('apa-author-year.txt');
  const ref = (text: string) => references.get(paper.citations.find((c) => c.text.includes(text))!.ref);
  assert.equal(ref('2018a')?.title, 'Frequency as a service attribute');
  assert.equal(ref('2018b')?.title, 'Late buses and the weekend rider: A panel study');
  assert.equal(ref('2018b')?.volume, '38');
  assert.equal(ref('Kovač & Brandt')?.['container-title'], 'Journal of Transport Geography');
  const ferris = ref('Ferris et al.');
  assert.deepEqual(ferris?.author?.map((a) => a.family), ['Ferris', 'Moyo', 'Haas']);
  assert.equal(ferris?.page, '301-318');
  // Every citation of the paper leads to a full entry, none to a work known only by its citation.
  for (const c of paper.citations) assert.equal(references.get(c.ref)?.incomplete, false, c.text);
  // The citation's own label stays how the paper names the work.
  assert.equal(ref('2018b')?.label, 'Lund, 2018b');
  // Formatted, the two works of 2018 keep their letters apart.
  assert.match(ref('2018a')?.formatted?.apa ?? '', /^Lund, T\. \(2018a\)\. Frequency/u);
  assert.match(ref('2018b')?.formatted?.apa ?? '', /^Lund, T\. \(2018b\)\. Late buses/u);
  assert.equal(paper.listed?.length, 4);
});

test('a heading run into a flattened line ("… Foydalanilgan adabiyotlar: 1. …") still opens the list', () => {
  const { paper, references } = ingestJson('inline-heading.txt');
  const entries = (paper.listed ?? []).map((e) => references.get(e.key));
  assert.equal(entries.length, 2);
  assert.equal(entries[0]?.title, 'Bolalar nutqi va o‘yin');
  assert.equal(entries[1]?.['container-title'], 'Maktabgacha ta’lim');
  assert.equal(entries[1]?.page, '20-24');
  // The text before the list keeps its words, the heading's too.
  assert.match(paper.blocks[0]!.text, /nutqni boyitadi \[2\]\. Foydalanilgan adabiyotlar:$/u);
  assert.deepEqual(paper.citations.map((c) => c.ref), (paper.listed ?? []).map((e) => e.key));
});

test('endnotes printed without a heading, numbered from 1 to the end of the last page, are read as the list', () => {
  const { paper, references } = ingestJson('endnotes-no-heading.txt');
  assert.deepEqual((paper.listed ?? []).map((e) => e.number), [1, 2, 3]);
  const [first, , third] = (paper.listed ?? []).map((e) => references.get(e.key));
  assert.deepEqual(first?.author, [{ family: 'Petrova', given: 'I. V.' }]);
  assert.equal(first?.title, 'Coastal freight after the railway');
  assert.equal(year(first), 2017);
  assert.equal(third?.publisher, 'Sever');
  assert.deepEqual(paper.citations.map((c) => [c.text, c.ref]), [1, 2, 3].map((n) => [`[${n}]`, paper.listed![n - 1]!.key]));
});

test("a numbered list of the text's own points at the end of a page is not taken for endnotes", () => {
  const [paper] = ingestJsonText(
    'points.txt',
    'Policy lessons\n\nThe study leaves three lessons for port authorities.\n\n1. Fees matter less than rail links to the\n   hinterland of each port.\n2. Small ports gain from sharing one operator.\n3. Tax breaks alone did not bring the freight back.\n',
  ).papers;
  assert.equal(paper!.listed, undefined);
  assert.equal(paper!.blocks.filter((b) => b.type === 'list-item').length, 3);
});
