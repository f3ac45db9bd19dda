/**
 * remark plugin: an entry of a paper's printed reference list,
 * `:entry{ref=kowalczyk-2019}` at its end, gets a link to the work's page
 * (the entry fully parsed, formatted, with its DOI or URL and the places
 * that cite it); a numbered entry, `:entry{ref=… n=3}`, also gets the anchor
 * `#ref-3` at its start, where the paper's "[3]" citations lead.
 */
import type { PhrasingContent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { walk } from './walk.ts';
import { renderAs, withBase } from './directives.ts';

export interface EntryLinkOptions {
  base?: string;
}

export default function remarkEntryLinks(options: EntryLinkOptions = {}) {
  const base = options.base ?? '/';
  return (tree: Root, file: VFile) => {
    walk(tree, (node, index, parent) => {
      if (node.type !== 'textDirective' || node.name !== 'entry') return;
      const ref = node.attributes?.ref ?? '';
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(ref)) {
        file.message(`reference entry without a valid key: "${ref}"`, node, 'folio:entry-links');
        return;
      }
      renderAs(node, 'a', { href: withBase(base, `references/${ref}/`), className: ['entry-link'] }, [
        { type: 'text', value: 'Details' },
        { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: ' of this work' }] },
      ]);
      const n = node.attributes?.n;
      if (n && /^\d+$/.test(n)) {
        const anchor: PhrasingContent = { type: 'textDirective', name: 'entry-anchor', attributes: {}, children: [], data: { hName: 'span', hProperties: { id: `ref-${n}` } } };
        parent.children.unshift(anchor as (typeof parent.children)[number]);
        return index + 2;
      }
      return undefined;
    });
  };
}
