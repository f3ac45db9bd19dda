/**
 * remark plugin: `:cite[(Calatayud, 2025)]{ref=calatayud-2025}` -> a link to
 * the cited work's page, `/references/calatayud-2025/`. The printed citation
 * stays the link text; the link works without JavaScript, and scripts may
 * enhance it with a card (data-ref names the work). A numbered citation,
 * `:cite[[3]]{n=3}`, links to entry 3 of the paper's own reference list.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { walk } from './walk.ts';
import { renderAs, withBase } from './directives.ts';

export interface CitationLinkOptions {
  base?: string;
}

export default function remarkCitationLinks(options: CitationLinkOptions = {}) {
  const base = options.base ?? '/';
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
      renderAs(node, 'a', { href: withBase(base, `references/${ref}/`), className: ['citation'], dataRef: ref });
    });
  };
}
