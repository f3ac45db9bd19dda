/**
 * Checks over whole papers that the full and the incremental ingest share:
 * unique ids (an error) and missing title or author (warnings for curators).
 */
import type { Paper } from '../../model/schema.ts';
import { IngestError } from './errors.ts';

/** Two papers may not share an id (their pages would overwrite each other). */
export function checkUniqueIds(papers: readonly { id: string; source: string }[]): void {
  const seen = new Map<string, string>();
  for (const p of papers) {
    const other = seen.get(p.id);
    if (other !== undefined) throw new IngestError(p.source, `gives paper id "${p.id}" like ${other}; set a distinct \`id:\` in a sidecar`, 1);
    seen.set(p.id, p.source);
  }
}

export function warningsFor(paper: Paper): string[] {
  const sources = paper.pages.map((p) => p.source).join(', ');
  const out: string[] = [];
  if (!paper.title) out.push(`${sources}: no title is printed on the page(s) of paper "${paper.id}"; add \`title:\` in a sidecar YAML`);
  if (paper.author.length === 0) out.push(`${sources}: no author found for paper "${paper.id}"; add \`author:\` in a sidecar YAML if it has one`);
  return out;
}
