/**
 * Checks over whole papers that the full and the incremental ingest share:
 * unique ids (an error) and missing title or author (warnings for curators).
 */
import type { Paper } from '../../model/schema.ts';
import { shortHash } from '../../shared/slug.ts';
import { IngestError } from './errors.ts';

/**
 * Papers whose made-up ids are the same ("skip-main-content" twice, two parts
 * of one series) are told apart by a short hash of their first source file:
 * the one whose file sorts first, or the one a curator named, keeps the plain
 * id, so adding a page later does not rename a paper already there. Ids a
 * curator set in sidecars are never changed (two alike are an error).
 */
export function idSuffixes(papers: readonly { id: string; source: string; explicit: boolean }[]): Map<string, string> {
  const byId = new Map<string, { source: string; explicit: boolean }[]>();
  for (const p of papers) byId.set(p.id, [...(byId.get(p.id) ?? []), p]);
  const suffixes = new Map<string, string>();
  for (const same of byId.values()) {
    if (same.length < 2) continue;
    const sorted = [...same].sort((a, b) => Number(b.explicit) - Number(a.explicit) || a.source.localeCompare(b.source));
    for (const p of sorted.slice(1)) if (!p.explicit) suffixes.set(p.source, shortHash(p.source));
  }
  return suffixes;
}

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
