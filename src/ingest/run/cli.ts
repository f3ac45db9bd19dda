/**
 * `npm run ingest`: content/sources/ -> content/papers/ and content/references/.
 *
 *   npm run ingest                       rewrite the generated collections
 *   npm run ingest:check                 exit 1 if content/ differs from what the sources give
 *   npm run -s ingest -- --json FILE...  print the ingest of FILEs as JSON; write nothing
 *
 * Options: --sources DIR (default content/sources), --content DIR (default
 * content), --cache DIR (default .cache/ingest beside content/; unchanged pages and papers are
 * not redone), --workers N (threads for parsing and assembling; default: one
 * fewer than the cores, at most four, and where that is one, the citations
 * formatted on another core; 1 works in this thread alone).
 */
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXIT, runCommand, shownPath, UsageError } from './command.ts';
import { IngestError, IngestErrors } from '../stages/errors.ts';
import type { SourceFile } from '../pipeline.ts';
import { listSources } from './source-files.ts';
import { reportWarnings } from './warning-report.ts';
import { config } from '../../shared/config.ts';

let values: { json: boolean; check: boolean; sources: string; content: string; cache?: string; workers?: string };
let positionals: string[];
try {
  ({ values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      sources: { type: 'string', default: config.sources },
      content: { type: 'string', default: config.content },
      cache: { type: 'string' },
      workers: { type: 'string' },
    },
  }));
} catch (error) {
  process.stderr.write(`ingest: error: ${(error as Error).message}\n`);
  process.exit(EXIT.usage);
}

/** Where each source file given lies, by its name: messages name files by name. */
const pathOf = new Map<string, string>();

/** Beside the content folder (content -> .cache/), so each collection has its own. */
const cacheRoot = join(dirname(resolve(values.content)), '.cache');

async function run(): Promise<void> {
  const paths = values.json ? positionals : listSources(values.sources);
  if (paths.length === 0) throw new UsageError(values.json ? 'give the source files to read: --json FILE...' : `no source pages in ${values.sources}`);
  if (!values.json && !values.check) return runIncremental(paths);
  // The full pipeline is loaded only for --json and --check: a no-op ingest stays fast.
  const [{ ingest, renderOutputs }, { loadSource }, { diffContent }] = await Promise.all([import('../pipeline.ts'), import('./sources.ts'), import('./diff-content.ts')]);

  // Read every file before failing, so a curator sees all bad inputs at once.
  const files: SourceFile[] = [];
  const errors: IngestError[] = [];
  for (const path of paths) {
    try {
      const file = loadSource(path);
      files.push(file);
      pathOf.set(file.name, path);
    } catch (error) {
      if (error instanceof IngestError) errors.push(new IngestError(error.file.includes('/') ? error.file : path, error.reason, error.line));
      else if ((error as NodeJS.ErrnoException).code === 'ENOENT') errors.push(new IngestError(path, 'no such file'));
      else throw error;
    }
  }
  if (errors.length > 0) throw new IngestErrors(errors);

  const { loadBibliographies } = await import('../stages/bibliography.ts');
  const { loadBackground } = await import('./background-words.ts');
  const { loadGlossaryTexts } = await import('./glossary-texts.ts');
  const result = ingest(files, await loadBibliographies(values.content), { background: loadBackground(), // The works the curated glossary cites are the collection's, not a page's: --json leaves them out.
    ...(values.json ? {} : { glossaryTexts: loadGlossaryTexts(glossaryDir()) }) });

  reportWarnings(result.warnings, join(cacheRoot, 'logs'));
  if (values.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  // --check: compare, never write.
  const diff = diffContent(values.content, renderOutputs(result));
  const problems = [
    ...diff.missing.map((p) => `missing   content/${p}`),
    ...diff.changed.map((p) => `differs   content/${p}`),
    ...diff.extra.map((p) => `not made   content/${p}`),
  ];
  if (problems.length > 0) {
    process.stderr.write(`ingest:check: content/ is out of date with the sources; run \`npm run ingest\`:\n  ${problems.join('\n  ')}\n`);
    process.exit(1);
  }
  process.stdout.write(`ingest:check: content/ matches ${files.length} source pages (${result.papers.length} papers, ${result.references.length} references)\n`);
}

/** The curated glossary the reader uses (folio.config.ts), or the one in a content folder given on the command line. */
const glossaryDir = () => (values.content === config.content ? config.glossary : join(values.content, 'glossary'));

/** The everyday ingest: only what changed since the last run is read, built and written. */
async function runIncremental(paths: string[]): Promise<void> {
  const { ingestIncremental } = await import('./incremental.ts');
  const report = await ingestIncremental(paths, {
    contentDir: values.content,
    glossaryDir: glossaryDir(),
    cacheDir: values.cache ?? join(cacheRoot, 'ingest'),
    ...(values.workers !== undefined ? { workers: Number(values.workers) } : {}),
    progress: process.stdout,
  });
  reportWarnings(report.warnings, join(cacheRoot, 'logs'));
  process.stdout.write(
    `ingest: ${report.pages} source pages -> ${report.papers} papers, ${report.references} references in ${shownPath(values.content)}/ ` +
      `(${report.rebuiltPapers} papers built, ${report.readPages} pages read, ${report.written} files written, ${report.removed} removed)\n`,
  );
}

const sourcesDir = values.sources;
await runCommand(
  {
    name: values.check ? 'ingest:check' : 'ingest',
    logDir: join(cacheRoot, 'logs'),
    // A file named by its source name alone is shown where it lies (content/sources/x.txt).
    shown: (file) => shownPath(pathOf.get(file) ?? (file.includes('/') ? file : join(sourcesDir, file))),
    afterFailure: values.json || values.check ? 'nothing was written.' : 'nothing was written; content/ is unchanged.',
  },
  run,
);
