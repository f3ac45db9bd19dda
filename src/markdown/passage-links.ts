/**
 * remark plugin: a "cite this passage" link after every paragraph and list
 * item: a permalink to the block (`#b7`) whose label gives the pinpoint
 * citation ("Li, 2026, p. 43"), so a reader can cite the passage exactly.
 * The page is the printed page on which the block begins (or the range it
 * spans). Reads author and year from the paper's frontmatter.
 */
import { paperFrontmatter } from './plugin-data.ts';
import { walk } from './walk.ts';
import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { CslName } from '../model/schema.ts';
import { isDirective } from './directives.ts';
import { blockNumber } from '../model/anchors.ts';

/** "Li", "Gereffi & Korzeniewicz", "Liu et al." and the year, as APA cites in text. */
export function shortCitation(authors: readonly CslName[], issuedYear: number | undefined, title?: string): string {
  const names = authors.map((a) => a.family);
  const who = names.length === 0 ? (title ?? 'Anonymous') : names.length === 1 ? names[0]! : names.length === 2 ? `${names[0]} & ${names[1]}` : `${names[0]} et al.`;
  return `${who}, ${issuedYear ?? 'n.d.'}`;
}

function pagesIn(node: RootContent): number[] {
  const pages: number[] = [];
  const visit = (n: RootContent) => {
    if (isDirective(n) && n.name === 'page' && n.attributes?.n) pages.push(Number(n.attributes.n));
  };
  visit(node);
  if ('children' in node) walk(node as { children: RootContent[] }, visit);
  return pages;
}

export default function remarkPassageLinks() {
  return (tree: Root, file: VFile) => {
    const fm = paperFrontmatter(file);
    if (!fm) return; // not a paper (a glossary entry, say)
    const year = fm.issued?.['date-parts'][0]?.[0];
    const base = shortCitation(fm.author, year, fm.title);
    let page: number | undefined;
    const link = (id: string, from: number | undefined, to: number | undefined) => {
      const where = from === undefined ? '' : to !== undefined && to !== from ? `, pp. ${from}–${to}` : `, p. ${from}`;
      return {
        type: 'passageLink',
        data: {
          hName: 'a',
          hProperties: { href: `#${id}`, className: ['passage-link'], dataCite: `${base}${where}`, dataPagefindIgnore: '' },
          hChildren: [
            // Numbered as links elsewhere name the paragraph ("cited in ¶ 8"), so a reader can find it.
            { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: `¶\u00a0${blockNumber(id)}` }] },
            { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: `Cite this passage (${base}${where})` }] },
          ],
        },
      };
    };
    const addTo = (block: { children: unknown[] }, node: RootContent) => {
      const id = (node.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties?.id;
      const pages = pagesIn(node);
      const first = (node.type === 'paragraph' || node.type === 'listItem') && pages.length > 0 && startsWithMarker(node) ? pages[0] : page;
      const last = pages.at(-1) ?? page;
      if (typeof id === 'string') block.children.push({ type: 'text', value: ' ' }, link(id, first, last));
      page = last;
    };
    for (const node of tree.children) {
      if (node.type === 'paragraph') addTo(node, node);
      else if (node.type === 'list') for (const item of node.children) addTo(item.children[0] as never, item);
      else page = pagesIn(node).at(-1) ?? page;
    }
  };
}

/** Does the block begin with a page marker (so it starts on that page)? */
function startsWithMarker(node: RootContent): boolean {
  const first = node.type === 'listItem' ? (node.children[0] as { children?: RootContent[] } | undefined)?.children?.[0] : (node as { children?: RootContent[] }).children?.[0];
  return first !== undefined && isDirective(first) && first.name === 'page';
}
