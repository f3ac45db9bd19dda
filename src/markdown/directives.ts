/**
 * Helpers shared by the plugins that render Folio's Markdown directives.
 */
import type { Data } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';

export type Directive = TextDirective | LeafDirective | ContainerDirective;

export function isDirective(node: { type: string }): node is Directive {
  return node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective';
}

/** Tell remark-rehype which element a directive becomes. */
export function renderAs(node: Directive, tagName: string, properties: Record<string, unknown>, children?: Data['hChildren']): void {
  const data = (node.data ??= {});
  data.hName = tagName;
  data.hProperties = properties as Data['hProperties'];
  if (children) data.hChildren = children;
}

/** Join a site-relative path onto Astro's `base` ("/" or "/folio/"). */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/?$/, '/')}${path.replace(/^\//, '')}`;
}
