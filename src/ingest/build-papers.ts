/**
 * Drafts -> built papers (their Markdown file, the works they cite, their
 * warnings): the unit of work the incremental ingest caches and hands to
 * worker threads.
 */
import { assembleInBatches, withFormats } from './assemble.ts';
import type { FoundCitation } from './citations.ts';
import type { FormatCitations } from './cite-thread.ts';
import type { PaperDraft } from './group-pages.ts';
import { warningsFor } from './paper-checks.ts';
import { isIngestError } from './errors.ts';
import { processing } from '../shared/fault.ts';
import { paperFile } from './to-markdown.ts';

export interface BuiltPaper {
  id: string;
  source: string;
  files: [string, string][];
  found: FoundCitation[];
  warnings: string[];
}

export async function buildPapers(drafts: readonly PaperDraft[], format: FormatCitations): Promise<BuiltPaper[]> {
  const built: BuiltPaper[] = [];
  for (const batch of assembleInBatches(drafts, format)) {
    const formatted = await batch.formats;
    batch.assembled.forEach((assembled, i) => {
      built.push(
        processing(assembled.paper.pages.map((p) => p.source), isIngestError, () => {
          const { paper, found } = withFormats(assembled, formatted[i]!);
          return { id: paper.id, source: paper.pages[0]!.source, files: [paperFile(paper)], found: [...found.values()], warnings: warningsFor(paper) };
        }),
      );
    });
  }
  return built;
}
