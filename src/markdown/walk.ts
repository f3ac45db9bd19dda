/**
 * A lean depth-first walk of a Markdown (or HTML) tree for Folio's plugins.
 *
 * unist-util-visit does the same, but names a fresh function after every
 * node it visits (a debugging aid): with a dozen plugins each walking every
 * paper, that was about a fifth of the CPU time of rendering a thousand
 * papers. This walk keeps the part of its contract the plugins use: the
 * visitor gets each descendant with its index and parent, in document order;
 * returning SKIP leaves the node's children unvisited, and returning a
 * number continues with the parent's child at that index (after the node's
 * own children), so a visitor may replace the node it was given.
 */

export const SKIP = 'skip';

type Tree<N> = { children: N[] };

export type Visitor<N> = (node: N, index: number, parent: Tree<N>) => void | typeof SKIP | number;

/** Calls `visitor` on every descendant of `tree` (not on `tree` itself). */
export function walk<N extends { type: string }>(tree: Tree<N>, visitor: Visitor<N>): void {
  const children = tree.children;
  for (let index = 0; index < children.length; ) {
    const node = children[index]!;
    const next = visitor(node, index, tree);
    if (next !== SKIP && Array.isArray((node as Partial<Tree<N>>).children)) walk(node as unknown as Tree<N>, visitor);
    index = typeof next === 'number' ? next : index + 1;
  }
}

/** Whether any descendant of `tree` passes `test`; stops at the first that does. */
export function some<N extends { type: string }>(tree: Tree<N>, test: (node: N) => boolean): boolean {
  for (const node of tree.children) {
    if (test(node)) return true;
    if (Array.isArray((node as Partial<Tree<N>>).children) && some(node as unknown as Tree<N>, test)) return true;
  }
  return false;
}
