/**
 * Property: whatever a curator drops in, the ingest returns papers or
 * curator-facing errors (file:line: reason), never anything else. A bounded
 * run here; `npm run fuzz` runs many more cases (FOLIO_FUZZ_RUNS, FOLIO_FUZZ_SEED).
 * A failure prints fast-check's seed and the shrunk pages.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { IngestError, IngestErrors } from '../../src/ingest/stages/errors.ts';
import { ingest, renderOutputs } from '../../src/ingest/pipeline.ts';
import { balanceBidi } from '../../src/shared/bidi.ts';
import { asSourceFiles, hostileCollection } from '../helpers/fuzz-pages.ts';

const runs = Number(process.env.FOLIO_FUZZ_RUNS ?? 200);
const seed = process.env.FOLIO_FUZZ_SEED === undefined ? undefined : Number(process.env.FOLIO_FUZZ_SEED);

test(`the ingest gives papers or curator-facing errors on ${runs} hostile collections`, { timeout: 600_000 }, () => {
  fc.assert(
    fc.property(hostileCollection, (pages) => {
      try {
        const result = ingest(asSourceFiles(pages));
        // What would be written must be writable: every paper and reference renders.
        const outputs = renderOutputs(result);
        for (const path of outputs.keys()) assert.match(path, /^(papers|references|glossary-found)\/[a-z0-9]+(?:-[a-z0-9]+)*\.(md|yaml)$/);
        for (const p of result.papers) {
          assert.ok(p.blocks.length > 0, `paper ${p.id} has no text`);
          // No bidi control left open anywhere the paper's text is shown.
          for (const text of [p.title ?? '', p['container-title'] ?? '', ...p.author.map((a) => a.family), ...p.blocks.map((b) => b.text)]) assert.equal(balanceBidi(text), text);
        }
      } catch (error) {
        if (error instanceof IngestErrors) {
          for (const e of error.errors) assert.ok(e.reason.length > 0 && !/\n\s+at /.test(e.reason), `not a curator-facing error: ${e.message}`);
          return;
        }
        if (error instanceof IngestError) return;
        throw error;
      }
    }),
    { numRuns: runs, ...(seed === undefined ? {} : { seed }), endOnFailure: false },
  );
});

test('bidi controls in a source page are balanced in everything the paper carries: a title cannot reverse the text around it', () => {
  const page = 'A \u202eTitle\u202c and a \u202eSecond Override With an \u2067Isolate\n\nBy Jane \u202eDoe\n\nThe body of a web article that carries bidi controls \u202ein its title and in its text, long enough to be one.\n';
  const { papers } = ingest(asSourceFiles([page]));
  const paper = papers[0]!;
  assert.equal(paper.title, 'A \u202eTitle\u202c and a Second Override With an Isolate');
  assert.equal(paper.author[0]!.family, 'Doe');
  for (const text of [paper.title ?? '', ...paper.author.flatMap((a) => [a.given ?? '', a.family]), ...paper.blocks.map((b) => b.text)]) {
    assert.equal(balanceBidi(text), text, `unbalanced: ${JSON.stringify(text)}`);
  }
});
