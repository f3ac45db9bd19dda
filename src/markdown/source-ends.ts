/**
 * remark plugin: `::source-ends` -> a notice at the end of a paper's text that
 * the source stops there: a web page ends where it was captured, and a text
 * whose numbered sections stop after the first (`::source-ends{after="I."}`)
 * says that the rest is missing, rather than ending as if it were whole.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { walk } from './walk.ts';
import { renderAs } from './directives.ts';

export function sourceEndsText(after: string | undefined): string {
  return after === undefined
    ? 'End of the page as captured: the text above is all the source holds.'
    : `The source stops here, after section ${after} The sections that follow are not in this collection.`;
}

export default function remarkSourceEnds() {
  return (tree: Root, _file: VFile) => {
    walk(tree, (node) => {
      if (node.type !== 'leafDirective' || node.name !== 'source-ends') return;
      const after = node.attributes?.after ?? undefined;
      // The reader's words, not the author's: search neither finds nor quotes them.
      renderAs(node, 'p', { className: ['source-ends'], id: 'source-ends' }, [
        { type: 'element', tagName: 'span', properties: { dataPagefindIgnore: '' }, children: [{ type: 'text', value: sourceEndsText(after) }] },
      ]);
    });
  };
}
