/**
 * rehype plugin: math rendered by KaTeX at build time, walking only the
 * pages that have math. rehype-katex visits every element of every page to
 * look for it; in a collection of economics papers most have none, and that
 * walk was a cost of every paper.
 */
import type { Element, Root } from 'hast';
import rehypeKatex, { type Options } from 'rehype-katex';
import type { VFile } from 'vfile';
import { some } from './walk.ts';

/** The classes rehype-katex renders (remark-math's, and ```math fences'). */
const MATH_CLASSES = ['language-math', 'math-display', 'math-inline'];

export function hasMath(tree: Root): boolean {
  return some(tree, (node) => {
    const classes = node.type === 'element' ? (node as Element).properties.className : undefined;
    return Array.isArray(classes) && classes.some((c) => MATH_CLASSES.includes(String(c)));
  });
}

export default function rehypeKatexWhereMath(this: unknown, options?: Options) {
  const katex = rehypeKatex.call(this as never, options);
  return (tree: Root, file: VFile) => (hasMath(tree) ? katex(tree, file) : undefined);
}
