/**
 * Property: whatever a curator drops in, the ingest returns papers or
 * curator-facing errors (file:line: reason), never anything else. A bounded
 * run here; `npm run fuzz` runs many more cases (FOLIO_FUZZ_RUNS, FOLIO_FUZZ_SEED).
 * A failure prints fast-check's seed and the shrunk pages.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { IngestError, IngestErrors } from '../../src/ingest/errors.ts';
import { ingest, renderOutputs } from '../../src/ingest/pipeline.ts';
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
        for (const path of outputs.keys()) assert.match(path, /^(papers|references)\/[a-z0-9]+(?:-[a-z0-9]+)*\.(md|yaml)$/);
        for (const p of result.papers) assert.ok(p.blocks.length > 0, `paper ${p.id} has no text`);
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
