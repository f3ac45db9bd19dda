/**
 * A paper's rendered body, as the paper loader wrote it: read by the paper's
 * page and, for the concordance, once per build.
 */
import { readFileSync } from 'node:fs';
import type { MarkdownHeading } from '@astrojs/markdown-remark';

export type PaperBody = {
  html: string;
  headings: MarkdownHeading[];
  /** What the remark plugins added: `readingMinutes`, `concordance`. */
  frontmatter: Record<string, unknown>;
};

export function readPaperBody(paper: { data: { bodyFile: string } }): PaperBody {
  return JSON.parse(readFileSync(paper.data.bodyFile, 'utf8')) as PaperBody;
}
