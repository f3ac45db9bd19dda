/**
 * remark plugin: how long a paper takes to read ("12 min read"), counted once
 * while it renders, from the words of its text. The page reads it from the
 * rendered frontmatter as `readingMinutes`.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/** A common estimate for careful reading of expository prose. */
export const WORDS_PER_MINUTE = 230;

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

export function countWords(tree: Root): number {
  let words = 0;
  visit(tree, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode') words += node.value.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  });
  return words;
}

export default function remarkReadingTime() {
  return (tree: Root, file: VFile) => {
    const fm = (file.data.astro as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter;
    if (!fm || !Array.isArray(fm.pages)) return; // papers only
    fm.readingMinutes = readingMinutes(countWords(tree));
  };
}
