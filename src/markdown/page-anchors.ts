/**
 * remark plugin: `:page{n=43}` -> a page marker `<a id="page-43" href="#page-43">p. 43</a>`,
 * so `/papers/<id>/#page-43` lands where printed page 43 begins, even inside
 * a paragraph that runs across the page break.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { walk } from './walk.ts';
import { renderAs } from './directives.ts';

export default function remarkPageAnchors() {
  return (tree: Root, file: VFile) => {
    walk(tree, (node) => {
      if (node.type !== 'textDirective' || node.name !== 'page') return;
      const n = node.attributes?.n ?? '';
      if (!/^\d+$/.test(n)) {
        file.message(`page marker without a page number (:page{n=...})`, node, 'folio:page-anchors');
        return;
      }
      // The label, not the anchor, is kept out of the search index: Pagefind
      // drops ignored elements' ids too, and search results land on this one.
      renderAs(node, 'a', { id: `page-${n}`, href: `#page-${n}`, className: ['page-marker'] }, [
        { type: 'element', tagName: 'span', properties: { dataPagefindIgnore: '' }, children: [{ type: 'text', value: `p. ${n}` }] },
      ]);
    });
  };
}
