/**
 * Drafts -> built papers (their Markdown file, the works they cite, their
 * warnings): the unit of work the incremental ingest caches and hands to
 * worker threads.
 */
import { assembleDraft, type UnformattedPaper, withFormats } from '../stages/assemble.ts';
import type { Paper, Reference } from '../../model/schema.ts';
import type { FoundCitation } from '../stages/citations.ts';
import type { FormatCitations } from './cite-thread.ts';
import type { PaperDraft } from '../stages/group-pages.ts';
import { warningsFor } from '../stages/paper-checks.ts';
import { isIngestError } from '../stages/errors.ts';
import { processing } from '../../shared/fault.ts';
import { paperFile } from '../write/to-markdown.ts';
import { type GlossaryInput, glossaryInput } from '../stages/found-glossary.ts';

export interface BuiltPaper {
  id: string;
  source: string;
  files: [string, string][];
  found: FoundCitation[];
  /** The entries of its printed reference list. */
  listed: Reference[];
  /** What the collection's glossary needs of it (kept apart from the manifest by the incremental ingest: it holds the text). */
  glossary?: GlossaryInput;
  warnings: string[];
}

export async function buildPapers(drafts: readonly PaperDraft[], format: FormatCitations): Promise<BuiltPaper[]> {
  const built: BuiltPaper[] = [];
  for (const batch of assembleInBatches(drafts, format)) {
    const formatted = await batch.formats;
    batch.assembled.forEach((assembled, i) => {
      built.push(
        processing(assembled.paper.pages.map((p) => p.source), isIngestError, () => {
          const { paper, found, listed } = withFormats(assembled, formatted[i]!);
          return { id: paper.id, source: paper.pages[0]!.source, files: [paperFile(paper)], found: [...found.values()], listed, glossary: glossaryInput(paper), warnings: warningsFor(paper) };
        }),
      );
    });
  }
  return built;
}

/** Papers handed to `format` at a time: it formats one batch while the next is assembled. */
const CITE_BATCH = 16;

/**
 * Papers from their drafts, in batches, each batch's citations already
 * handed to `format`: its caller finishes one batch while later ones are
 * still being formatted.
 */
export function assembleInBatches(drafts: readonly PaperDraft[], format: FormatCitations): { assembled: UnformattedPaper[]; formats: Promise<Paper['formatted'][]> }[] {
  const batches: ReturnType<typeof assembleInBatches> = [];
  for (let i = 0; i < drafts.length; i += CITE_BATCH) {
    const assembled = drafts.slice(i, i + CITE_BATCH).map(assembleDraft);
    batches.push({ assembled, formats: format(assembled.map((a) => a.paper)) });
  }
  return batches;
}
