/**
 * Stage 12: the ingest result -> the files of the content collections, as a
 * map from path (relative to content/) to text. Sorted and free of
 * timestamps, so the same sources always give byte-identical files.
 */
import { toYaml } from './frontmatter.ts';
import type { Paper, Reference } from '../model/schema.ts';
import type { IngestResult } from './pipeline.ts';
import { paperToMarkdown } from './to-markdown.ts';

/** Folders under content/ that the ingest owns and rewrites whole. */
export const GENERATED_DIRS = ['papers', 'references'] as const;

export function paperFile(paper: Paper): [string, string] {
  return [`papers/${paper.id}.md`, paperToMarkdown(paper)];
}

export function referenceFile(reference: Reference): [string, string] {
  return [`references/${reference.key}.yaml`, toYaml(reference)];
}

export function renderOutputs(result: IngestResult): Map<string, string> {
  return new Map([...result.papers.map(paperFile), ...result.references.map(referenceFile)]);
}
