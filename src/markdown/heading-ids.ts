/**
 * rehype plugin: Astro's rehypeHeadingIds for Markdown (not MDX), on the
 * lean walk (walk.ts). It gives each heading without an id one slugged from
 * its text and records the headings for the page's table of contents, as
 * Astro's does (render-paper's tests compare the two on every paper), but
 * Astro's walks every node twice with unist-util-visit: a tenth of the time
 * of rendering a paper.
 */
import type { MarkdownHeading } from '@astrojs/markdown-remark';
import GithubSlugger from 'github-slugger';
import type { Element, Nodes, Root } from 'hast';
import type { VFile } from 'vfile';
import { walk } from './walk.ts';

/** A raw node that is only a tag adds nothing to a heading's text. */
const TAG_ONLY = /^\n?<.*>\n?$/;
const CODE = new Set(['code', 'pre']);

/** A heading's text as Astro takes it: its text and raw HTML, at any depth, with "{" written "${" outside code. */
function headingText(heading: Element): string {
  let text = '';
  walk<Nodes>(heading, (node, _index, parent) => {
    if (node.type !== 'text' && node.type !== 'raw') return;
    if (node.type === 'raw' && TAG_ONLY.test(node.value)) return;
    const inCode = 'tagName' in parent && CODE.has((parent as Element).tagName);
    text += inCode ? node.value : node.value.replace(/\{/g, '${');
  });
  return text;
}

export default function rehypeHeadingIds() {
  return (tree: Root, file: VFile) => {
    const headings: MarkdownHeading[] = [];
    const slugger = new GithubSlugger();
    walk<Nodes>(tree, (node) => {
      if (node.type !== 'element' || node.tagName[0] !== 'h') return;
      const level = /h([0-6])/.exec(node.tagName)?.[1];
      if (!level) return;
      const text = headingText(node);
      node.properties ??= {};
      if (typeof node.properties.id !== 'string') node.properties.id = slugger.slug(text);
      headings.push({ depth: Number(level), slug: node.properties.id as string, text });
    });
    const data = file.data as { astro?: { headings?: MarkdownHeading[] } };
    (data.astro ??= {}).headings = headings;
  };
}
