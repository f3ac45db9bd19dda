/**
 * Nothing is lost: for every source page, the words of the cleaned output on
 * that page plus the lines the ingest removed equal the words of the source,
 * in order (spacing and line-break hyphens aside).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ingest, type SourceFile } from '../../src/ingest/pipeline.ts';
import { readSource } from '../../src/ingest/stages/read-source.ts';
import { fixtureFiles, seedFiles, squash, textByPage } from '../helpers/corpus.ts';

function checkConservation(files: SourceFile[]) {
  const { papers } = ingest(files);
  for (const file of files) {
    const paper = papers.find((p) => p.pages.some((pg) => pg.source === file.name));
    assert.ok(paper, `${file.name} belongs to a paper`);
    const page = paper.pages.find((p) => p.source === file.name)!;
    const dropped = paper.dropped.filter((d) => d.source === file.name);
    const droppedLines = new Set(dropped.map((d) => d.line_number));
    const source = readSource(file.name, file.bytes).lines;
    const kept = source.filter((l) => !droppedLines.has(l.number)).map((l) => l.text).join('\n');
    const output = textByPage(paper).get(page.number) ?? '';
    test(`${file.name}: output words equal the source without its removed lines`, () => {
      assert.equal(squash(output), squash(kept));
    });
    test(`${file.name}: every removed line is recorded verbatim with a reason`, () => {
      for (const d of dropped) {
        assert.equal(d.line, source[d.line_number - 1]!.text.trim());
        assert.ok(d.reason.length > 3);
      }
      const all = squash(source.map((l) => l.text).join('\n'));
      assert.equal(squash(dropped.map((d) => d.line).join('')).length + squash(kept).length, all.length);
    });
  }
}

describe('word conservation on the seeds', () => checkConservation(seedFiles()));
describe('word conservation on the fixture pages', () => checkConservation(fixtureFiles()));
