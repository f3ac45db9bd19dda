/**
 * remark plugin: `:cite[(Calatayud, 2025)]{ref=calatayud-2025}` -> a link to
 * the work's entry in the paper's own reference list, `#work-calatayud-2025`
 * (the printed entry, or the list at the paper's end), as Wikipedia's and
 * arXiv's citations lead; the entry leads on to the work's page when the
 * collection has one. So a paper renders without knowing the rest of the
 * collection. The printed citation stays the link text; the link works
 * without JavaScript, and scripts may enhance it with a card (data-ref names
 * the work). A numbered citation, `:cite[[3]]{n=3}`, links to entry 3.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { walk } from './walk.ts';
import { renderAs } from './directives.ts';
import { workAnchor } from '../model/anchors.ts';

export default function remarkCitationLinks() {
  return (tree: Root, file: VFile) => {
    walk(tree, (node) => {
      if (node.type !== 'textDirective' || node.name !== 'cite') return;
      const n = node.attributes?.n;
      if (n !== undefined && n !== null) {
        if (!/^\d+$/.test(n)) file.message(`numbered citation without a number: "${n}"`, node, 'folio:citation-links');
        else renderAs(node, 'a', { href: `#ref-${n}`, className: ['citation', 'citation-numbered'] });
        return;
      }
      const ref = node.attributes?.ref ?? '';
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(ref)) {
        file.message(`citation without a valid reference key: "${ref}"`, node, 'folio:citation-links');
        return;
      }
      renderAs(node, 'a', { href: `#${workAnchor(ref)}`, className: ['citation'], dataRef: ref });
    });
  };
}
