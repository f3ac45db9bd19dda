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
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { IngestError, IngestErrors } from './errors.ts';
import type { SourceFile } from './pipeline.ts';
import { listSources } from './source-files.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    sources: { type: 'string', default: 'content/sources' },
    content: { type: 'string', default: 'content' },
    cache: { type: 'string' },
    workers: { type: 'string' },
  },
});

function fail(messages: string[]): never {
  for (const m of messages) process.stderr.write(`ingest: error: ${m}\n`);
  process.stderr.write('ingest: nothing was written; content/ is unchanged.\n');
  process.exit(1);
}

function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

async function run(): Promise<void> {
  const paths = values.json ? positionals : listSources(values.sources);
  if (paths.length === 0) fail([values.json ? 'give the source files to read: --json FILE...' : `no source pages in ${values.sources}`]);
  if (!values.json && !values.check) return runIncremental(paths);
  // The full pipeline is loaded only for --json and --check: a no-op ingest stays fast.
  const [{ ingest, renderOutputs }, { loadSource }, { diffContent }] = await Promise.all([import('./pipeline.ts'), import('./sources.ts'), import('./diff-content.ts')]);

  // Read every file before failing, so a curator sees all bad inputs at once.
  const files: SourceFile[] = [];
  const errors: string[] = [];
  const pathOf = new Map<string, string>();
  for (const path of paths) {
    try {
      const file = loadSource(path);
      files.push(file);
      pathOf.set(file.name, path);
    } catch (error) {
      if (error instanceof IngestError) errors.push(error.at(shown(error.file.includes('/') ? error.file : path)));
      else if ((error as NodeJS.ErrnoException).code === 'ENOENT') errors.push(`${shown(path)}: no such file`);
      else throw error;
    }
  }
  if (errors.length > 0) fail(errors);

  let result;
  try {
    const { loadBibliography } = await import('./bibliography.ts');
    result = ingest(files, await loadBibliography(join(values.content, 'bibliography.bib')));
  } catch (error) {
    const located = (e: IngestError) => e.at(shown(pathOf.get(e.file) ?? join(values.sources, e.file)));
    if (error instanceof IngestErrors) fail(error.errors.map(located));
    if (error instanceof IngestError) fail([located(error)]);
    throw error;
  }

  for (const w of result.warnings) process.stderr.write(`ingest: warning: ${w}\n`);
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

/** The everyday ingest: only what changed since the last run is read, built and written. */
async function runIncremental(paths: string[]): Promise<void> {
  const { ingestIncremental } = await import('./incremental.ts');
  let report;
  try {
    report = await ingestIncremental(paths, {
      contentDir: values.content,
      // Beside the content folder by default (content -> .cache/ingest), so each collection has its own.
      cacheDir: values.cache ?? join(dirname(resolve(values.content)), '.cache', 'ingest'),
      ...(values.workers !== undefined ? { workers: Number(values.workers) } : {}),
    });
  } catch (error) {
    const located = (e: IngestError) => e.at(shown(e.file.includes('/') ? e.file : join(values.sources, e.file)));
    if (error instanceof IngestErrors) fail(error.errors.map(located));
    if (error instanceof IngestError) fail([located(error)]);
    throw error;
  }
  for (const w of report.warnings) process.stderr.write(`ingest: warning: ${w}\n`);
  process.stdout.write(
    `ingest: ${report.pages} source pages -> ${report.papers} papers, ${report.references} references in ${shown(values.content)}/ ` +
      `(${report.rebuiltPapers} papers built, ${report.readPages} pages read, ${report.written} files written, ${report.removed} removed)\n`,
  );
}

await run();
