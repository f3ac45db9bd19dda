/**
 * The ingest as one function: source files -> papers and references, with no
 * I/O, so the CLI, the tests and the benchmark run exactly the same chain:
 * read -> strip furniture -> group -> segment -> structure -> citations/terms
 * -> metadata -> references.
 */
import type { Paper, Reference, SourceSidecar } from '../model/schema.ts';
import { type AssembledPaper, assembleDraft, withFormats } from './stages/assemble.ts';
import type { Bibliography } from './stages/bibliography.ts';
import { formatCitations, formatReferences } from './write/cite-formats.ts';
import { IngestError, IngestErrors, isIngestError } from './stages/errors.ts';
import { processing } from '../shared/fault.ts';
import { groupPages, type PageWithSidecar, sourcesOf } from './stages/group-pages.ts';
import { parseSourcePage } from './stages/parse-page.ts';
import { checkUniqueIds, idSuffixes, warningsFor } from './stages/paper-checks.ts';
import { foundConceptFile, glossaryCitationsFile, referenceFile } from './write/outputs.ts';
import { type GlossaryCitation, type GlossaryText, glossaryCitations } from './stages/glossary-citations.ts';
import { type FoundConcept, foundGlossary, glossaryInput } from './stages/found-glossary.ts';
import type { Background } from './stages/termhood.ts';
import { collectReferences } from './stages/references.ts';
import { paperFile } from './write/to-markdown.ts';

export interface SourceFile {
  name: string;
  bytes: Uint8Array;
  sidecar?: SourceSidecar;
}

export interface IngestResult {
  papers: Paper[];
  references: Reference[];
  /** The glossary entries the collection's own definitions give. */
  glossary: FoundConcept[];
  /** The works the curated glossary entries cite, where each prints them. */
  glossaryCitations: GlossaryCitation[];
  /** Things a curator should know but that do not stop the ingest. */
  warnings: string[];
}

export function parseSources(files: readonly SourceFile[]): PageWithSidecar[] {
  const pages: PageWithSidecar[] = [];
  const errors: IngestError[] = [];
  for (const f of files) {
    try {
      pages.push({ page: parseSourcePage(f.name, f.bytes, f.sidecar?.encoding), ...(f.sidecar ? { sidecar: f.sidecar } : {}) });
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      errors.push(error);
    }
  }
  if (errors.length > 0) throw new IngestErrors(errors);
  return pages;
}

export interface IngestOptions {
  /** General-language word ranks for the glossary's termhood (run/background-words.ts); without it every word counts as moderately specific. */
  background?: Background;
  /** The curated glossary entries' bodies (run/glossary-texts.ts): the works they cite become references. */
  glossaryTexts?: readonly GlossaryText[];
}

export function ingest(files: readonly SourceFile[], bibliography: Bibliography = new Map(), options: IngestOptions = {}): IngestResult {
  const drafts = groupPages(parseSources(files));
  const unformatted = drafts.map(assembleDraft);
  // Made-up ids two papers share are told apart, and those papers assembled again under their new ids.
  const suffixes = idSuffixes(unformatted.map((u, i) => ({ id: u.paper.id, source: sourcesOf(drafts[i]!)[0]!, explicit: drafts[i]!.pages.some((p) => p.sidecar?.id) })));
  drafts.forEach((draft, i) => {
    const suffix = suffixes.get(sourcesOf(draft)[0]!);
    if (suffix) unformatted[i] = assembleDraft({ ...draft, idSuffix: suffix });
  });
  const formats = formatCitations(unformatted.map((a) => a.paper));
  const assembled: AssembledPaper[] = unformatted.map((a, i) => processing(a.paper.pages.map((p) => p.source), isIngestError, () => withFormats(a, formats[i]!)));
  assembled.sort((a, b) => a.paper.id.localeCompare(b.paper.id));
  checkUniqueIds(assembled.map((a) => ({ id: a.paper.id, source: a.paper.pages[0]!.source })));
  const papers = assembled.map((a) => a.paper);
  const cites = glossaryCitations(options.glossaryTexts ?? []);
  return {
    papers,
    references: formatReferences(collectReferences([...assembled.map((a) => a.found.values()), cites.found], bibliography, assembled.map((a) => a.listed))),
    glossary: foundGlossary(papers.map(glossaryInput), options.background),
    glossaryCitations: cites.cited,
    warnings: papers.flatMap(warningsFor),
  };
}

/** Every file the ingest result makes, by path under content/. */
export function renderOutputs(result: IngestResult): Map<string, string> {
  return new Map([...result.papers.map(paperFile), ...result.references.map(referenceFile), ...result.glossary.map(foundConceptFile), ...glossaryCitationsFile(result.glossaryCitations)]);
}
