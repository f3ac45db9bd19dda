/**
 * remark plugin: in a curated glossary entry, each work the entry cites
 * ("(Grieco 1988)", as the ingest found it: build/glossary-citations.ts) links
 * to the work's page like a paper's citation, with the same card. The entry's
 * text is matched exactly, where the ingest found it; nothing is parsed again.
 */
import type { Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import { paperFrontmatter } from './plugin-data.ts';
import { SKIP, walk } from './walk.ts';
import { withBase } from './directives.ts';

export interface GlossaryCitationOptions {
  base?: string;
  /** By entry slug (its file name): the citations it prints and the works they name. */
  cites: ReadonlyMap<string, readonly { text: string; ref: string }[]>;
}

const SKIP_TYPES = new Set(['heading', 'link', 'linkReference', 'code', 'inlineCode', 'math', 'inlineMath', 'html', 'image', 'textDirective', 'leafDirective', 'containerDirective']);

function slugOf(file: VFile): string | undefined {
  const name = file.path ? file.path.split(/[\\/]/).pop() : undefined;
  return name?.endsWith('.md') ? name.slice(0, -3) : undefined;
}

export default function remarkGlossaryCitations(options: GlossaryCitationOptions) {
  const base = options.base ?? '/';
  return (tree: Root, file: VFile) => {
    if (paperFrontmatter(file)) return; // a paper's citations are :cite directives already
    const slug = slugOf(file);
    const cites = slug === undefined ? undefined : options.cites.get(slug);
    if (!cites || cites.length === 0) return;
    // Longest first, so that "Gereffi, Humphrey and Sturgeon (2005)" is not cut at a shorter citation inside it.
    const ordered = [...cites].sort((a, b) => b.text.length - a.text.length);
    const link = (value: string, ref: string): Text =>
      ({ type: 'text', value, data: { hName: 'a', hProperties: { href: withBase(base, `references/${ref}/`), className: ['citation'], dataRef: ref }, hChildren: [{ type: 'text', value }] } }) as Text;
    const split = (value: string): PhrasingContent[] => {
      for (const c of ordered) {
        const at = value.indexOf(c.text);
        if (at < 0) continue;
        return [...split(value.slice(0, at)), link(c.text, c.ref), ...split(value.slice(at + c.text.length))];
      }
      return value === '' ? [] : [{ type: 'text', value }];
    };
    walk(tree as Parent as { children: RootContent[] }, (node, index, parent) => {
      if (SKIP_TYPES.has(node.type)) return SKIP;
      if (node.type !== 'text' || (node as Text).data) return undefined;
      const { value } = node as Text;
      if (!ordered.some((c) => value.includes(c.text))) return undefined;
      const parts = split(value);
      parent.children.splice(index, 1, ...(parts as RootContent[]));
      return index + parts.length;
    });
  };
}
