/**
 * remark plugin: gives every block of a paper its anchor (`#b12`), counting
 * headings, paragraphs and list items in document order exactly as the
 * ingest numbers them in the model, so "cited by" links and search results
 * land on the right paragraph. Headings keep Astro's slug ids for the outline.
 */
import type { Root, RootContent } from 'mdast';
import { isDirective } from './directives.ts';

function onlyPageMarker(node: RootContent): boolean {
  return node.type === 'paragraph' && node.children.length === 1 && isDirective(node.children[0]!) && node.children[0]!.name === 'page';
}

export default function remarkBlockIds() {
  return (tree: Root) => {
    let n = 0;
    const mark = (node: { data?: { hProperties?: Record<string, unknown> } }) => {
      node.data ??= {};
      node.data.hProperties = { ...node.data.hProperties, id: `b${++n}` };
    };
    for (const node of tree.children) {
      if (node.type === 'heading') n++;
      else if (node.type === 'paragraph' && !onlyPageMarker(node)) mark(node);
      else if (node.type === 'list') for (const item of node.children) mark(item);
    }
  };
}
