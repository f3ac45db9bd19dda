/**
 * `npm run glossary:suggest [-- --json] [--limit 40]`: candidate concepts for
 * the glossary from the collection's sources, and glossary entries no paper uses.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingest } from '../src/ingest/pipeline.ts';
import { listSources, loadSource } from '../src/ingest/run/sources.ts';
import { loadGlossaryTerms } from '../src/build/glossary-terms.ts';
import { suggestConcepts } from '../src/lib/glossary-suggestions.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    limit: { type: 'string', default: '40' },
    sources: { type: 'string', default: 'content/sources' },
    content: { type: 'string', default: 'content' },
  },
});

const { papers } = ingest(listSources(values.sources).map(loadSource));
const result = suggestConcepts(papers, loadGlossaryTerms(join(values.content, 'glossary')));
const shown = result.candidates.slice(0, Number(values.limit));

if (values.json) {
  process.stdout.write(`${JSON.stringify({ candidates: shown, stale: result.stale }, null, 2)}\n`);
} else {
  process.stdout.write(`Candidate concepts not in the glossary (${result.candidates.length}; ${shown.length} shown):\n`);
  for (const c of shown) {
    const what = c.source === 'abbreviation' ? `abbreviation of “${c.expansion}”` : c.source === 'quoted' ? 'quoted term' : 'frequent phrase';
    process.stdout.write(`  ${c.term}  (${what}; ${c.count}× in ${c.papers} ${c.papers === 1 ? 'paper' : 'papers'})\n      …${c.example}…\n`);
  }
  process.stdout.write(result.stale.length === 0 ? 'Every glossary entry occurs in the collection.\n' : `Stale entries (no occurrence in any paper): ${result.stale.join(', ')}\n`);
}
