/**
 * The ingest as one function: source files -> papers and references, with no
 * I/O, so the CLI, the tests and the benchmark run exactly the same chain:
 * read -> strip furniture -> group -> segment -> structure -> citations/terms
 * -> metadata -> references.
 */
import type { Paper, Reference, SourceSidecar } from '../model/schema.ts';
import { type AssembledPaper, assemblePaper } from './assemble.ts';
import { IngestError, IngestErrors } from './errors.ts';
import { groupPages, type PageWithSidecar } from './group-pages.ts';
import { parsePage } from './parse-page.ts';
import { readSource } from './read-source.ts';
import { collectReferences } from './references.ts';

export interface SourceFile {
  name: string;
  bytes: Uint8Array;
  sidecar?: SourceSidecar;
}

export interface IngestResult {
  papers: Paper[];
  references: Reference[];
  /** Things a curator should know but that do not stop the ingest. */
  warnings: string[];
}

function warningsFor(paper: Paper): string[] {
  const sources = paper.pages.map((p) => p.source).join(', ');
  const out: string[] = [];
  if (!paper.title) out.push(`${sources}: no title is printed on the page(s) of paper "${paper.id}"; add \`title:\` in a sidecar YAML`);
  if (paper.author.length === 0) out.push(`${sources}: no author found for paper "${paper.id}"; add \`author:\` in a sidecar YAML if it has one`);
  return out;
}

export function parseSources(files: readonly SourceFile[]): PageWithSidecar[] {
  const pages: PageWithSidecar[] = [];
  const errors: IngestError[] = [];
  for (const f of files) {
    try {
      pages.push({ page: parsePage(readSource(f.name, f.bytes)), ...(f.sidecar ? { sidecar: f.sidecar } : {}) });
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      errors.push(error);
    }
  }
  if (errors.length > 0) throw new IngestErrors(errors);
  return pages;
}

export function ingest(files: readonly SourceFile[]): IngestResult {
  const assembled: AssembledPaper[] = groupPages(parseSources(files)).map(assemblePaper);
  assembled.sort((a, b) => a.paper.id.localeCompare(b.paper.id));
  for (let i = 1; i < assembled.length; i++) {
    const [a, b] = [assembled[i - 1]!.paper, assembled[i]!.paper];
    if (a.id === b.id) {
      throw new IngestError(b.pages[0]!.source, `gives paper id "${b.id}" like ${a.pages[0]!.source}; set a distinct \`id:\` in a sidecar`, 1);
    }
  }
  const papers = assembled.map((a) => a.paper);
  return { papers, references: collectReferences(assembled), warnings: papers.flatMap(warningsFor) };
}
