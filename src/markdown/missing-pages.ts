/**
 * remark plugin: `::missing-pages{from=44 to=51}` -> a notice where printed
 * pages of the paper are absent, so a gap is shown and never silently closed.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { walk } from './walk.ts';
import { renderAs } from './directives.ts';
import { missingPagesId } from '../model/anchors.ts';

export function missingPagesText(from: number, to: number): string {
  return from === to ? `p. ${from} is not in this collection.` : `pp. ${from}–${to} are not in this collection.`;
}

export default function remarkMissingPages() {
  return (tree: Root, file: VFile) => {
    walk(tree, (node) => {
      if (node.type !== 'leafDirective' || node.name !== 'missing-pages') return;
      const from = Number(node.attributes?.from);
      const to = Number(node.attributes?.to ?? from);
      if (!Number.isInteger(from) || !Number.isInteger(to) || to < from) {
        file.message('missing-pages notice needs from= and to= page numbers', node, 'folio:missing-pages');
        return;
      }
      // The notice is the reader's, not the author's: search neither finds it nor quotes it, but keeps
      // its id, so that a place found past the gap is not credited to a section before it.
      renderAs(node, 'p', { className: ['missing-pages'], id: missingPagesId(from) }, [
        { type: 'element', tagName: 'span', properties: { dataPagefindIgnore: '' }, children: [{ type: 'text', value: missingPagesText(from, to) }] },
      ]);
    });
  };
}
