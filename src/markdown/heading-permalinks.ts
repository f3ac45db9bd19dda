/**
 * remark plugin: a permalink beside every heading of a paper, so a reader can
 * link to a section as easily as to a paragraph (the ¶ links). The link sits
 * after the heading, not inside it, so the heading's accessible name and the
 * outline Astro collects stay the heading's own text; both are wrapped in one
 * block so the link can be shown on hover and focus.
 *
 * The heading's id is given here (Astro keeps an id it finds) because the
 * link must know it before Astro's slugger would run.
 */
import { paperFrontmatter } from './plugin-data.ts';
import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, walk } from './walk.ts';

/** The text a reader sees in a heading: text, code and directive labels (citations). */
export function headingText(node: { type: string; value?: unknown; children?: unknown[] }): string {
  if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  return ((node.children ?? []) as (typeof node)[]).map(headingText).join('');
}

/** GitHub-style slug ("2.3 Value Chains" -> "23-value-chains"), unique among `taken`. */
export function uniqueSlug(text: string, taken: Set<string>): string {
  const base = text.toLowerCase().trim().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\s-]/gu, '').replace(/\s/g, '-') || 'section';
  let slug = base;
  for (let n = 1; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

/** Ids other plugins gave (blocks `b7`, page markers `page-43`), so a heading "B7" cannot take one. */
function idsInUse(tree: Root): Set<string> {
  const ids = new Set<string>();
  walk(tree, (node) => {
    const id = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
    if (typeof id === 'string') ids.add(id);
  });
  return ids;
}

function permalink(id: string, text: string) {
  return {
    type: 'headingPermalink',
    data: {
      hName: 'a',
      hProperties: { href: `#${id}`, className: ['heading-permalink'], dataPagefindIgnore: '' },
      hChildren: [
        { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
        { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: `Permalink to ${text}` }] },
      ],
    },
  };
}

export default function remarkHeadingPermalinks() {
  return (tree: Root, file: VFile) => {
    // Papers only: a glossary entry's text is also shown inside other pages, where `#id` would point elsewhere.
    if (!paperFrontmatter(file)) return;
    const taken = idsInUse(tree);
    walk(tree, (node, index, parent) => {
      if (node.type !== 'heading') return;
      const text = headingText(node).trim();
      const data = (node.data ??= {});
      const given = data.hProperties?.id;
      const id = typeof given === 'string' ? given : uniqueSlug(text, taken);
      data.hProperties = { ...data.hProperties, id };
      const block = {
        type: 'headingBlock',
        data: { hName: 'div', hProperties: { className: ['heading-block'] } },
        children: [node, permalink(id, text)],
      };
      parent.children[index] = block as unknown as RootContent;
      return SKIP;
    });
  };
}
