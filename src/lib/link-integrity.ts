/**
 * Every citation must lead somewhere: the build stops with the paper and the
 * citation named when a citation's reference is missing from the collection.
 */
import type { PaperFrontmatter } from '../model/schema.ts';

export function unresolvedCitations(papers: readonly { id: string; data: PaperFrontmatter }[], referenceKeys: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const paper of papers) {
    for (const c of paper.data.citations) {
      if (c.kind === 'numbered' || referenceKeys.has(c.ref)) continue;
      problems.push(`paper "${paper.id}", block ${c.block}: citation "${c.text}" points to reference "${c.ref}", which is not in content/references/`);
    }
  }
  return problems;
}

export function assertCitationsResolve(papers: readonly { id: string; data: PaperFrontmatter }[], referenceKeys: ReadonlySet<string>): void {
  const problems = unresolvedCitations(papers, referenceKeys);
  if (problems.length > 0) throw new Error(`Unresolved citations (run \`npm run ingest\`, or add the works to content/references/):\n  ${problems.join('\n  ')}`);
}
