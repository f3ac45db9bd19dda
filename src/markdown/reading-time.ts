/**
 * remark plugin: how long a paper takes to read ("12 min read"), counted once
 * while it renders, from the words of its text. The page reads it from the
 * rendered frontmatter as `readingMinutes`.
 */
import { paperFrontmatter } from './plugin-data.ts';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { walk } from './walk.ts';

/** A common estimate for careful reading of expository prose. */
export const WORDS_PER_MINUTE = 230;

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** A word: a run of non-spaces with a letter or digit in it (a lone "—" is none). */
const WORD = /\S*[\p{L}\p{N}]\S*/gu;

export function countWords(tree: Root): number {
  let words = 0;
  walk(tree, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode') words += node.value.match(WORD)?.length ?? 0;
  });
  return words;
}

export default function remarkReadingTime() {
  return (tree: Root, file: VFile) => {
    const fm = paperFrontmatter(file);
    if (!fm) return; // papers only
    fm.readingMinutes = readingMinutes(countWords(tree));
  };
}
