/**
 * remark plugin: occurrences of glossary terms in a paper's text link to
 * their entries (`/glossary/<slug>/`). The first occurrence in the paper is a
 * link, and again the first in a long section (LONG_SECTION words), where the
 * first link is far behind; later ones are marked `span.term-mention` with
 * their concept, which shows its card on hover (cards.ts) but is no tab stop,
 * so a keyboard reader does not wade through dozens of term links to reach a
 * citation. Never inside headings, links, citations, page markers, code or math.
 *
 * It also records every occurrence (concept, block, page and a keyword-in-
 * context snippet) in the paper's frontmatter (`concordance`), so the
 * glossary pages list them without reading the papers again.
 */
import { paperFrontmatter } from './plugin-data.ts';
import { SKIP, walk } from './walk.ts';
import type { Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import { isDirective, withBase } from './directives.ts';
import { type TermEntry, TermMatcher } from './term-matcher.ts';

export interface GlossaryLinkOptions {
  terms: readonly TermEntry[];
  base?: string;
}

export interface Occurrence {
  slug: string;
  block: string;
  page: number | null;
  /** Text before the term, the term as written, text after. */
  before: string;
  match: string;
  after: string;
}

/**
 * How an occurrence is stored in the rendered frontmatter: a tuple, since a
 * thousand papers hold a hundred thousand of them and repeated keys add up;
 * past the first few uses of a concept in a paper, without its context.
 */
export type StoredOccurrence = [slug: string, block: string, page: number | null, before?: string, match?: string, after?: string];

/** Uses of one concept in one paper that keep their keyword-in-context snippet. */
export const SNIPPETS_PER_PAPER = 5;

export function storeOccurrences(occurrences: readonly Occurrence[]): StoredOccurrence[] {
  const seen = new Map<string, number>();
  return occurrences.map((o) => {
    const n = (seen.get(o.slug) ?? 0) + 1;
    seen.set(o.slug, n);
    return n <= SNIPPETS_PER_PAPER ? [o.slug, o.block, o.page, o.before, o.match, o.after] : [o.slug, o.block, o.page];
  });
}

export const loadOccurrence = ([slug, block, page, before, match, after]: StoredOccurrence): Occurrence | Omit<Occurrence, 'before' | 'match' | 'after'> =>
  match === undefined ? { slug, block, page } : { slug, block, page, before: before ?? '', match, after: after ?? '' };

/** A section this long links its terms' first uses again: the paper's first link is pages behind. */
export const LONG_SECTION = 1500;

const SKIP_TYPES = new Set(['heading', 'link', 'linkReference', 'code', 'inlineCode', 'math', 'inlineMath', 'html', 'image']);
const CONTEXT = 45;

function plainText(node: RootContent | PhrasingContent): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as PhrasingContent[]).map(plainText).join('');
  return '';
}

/** Words in each section of the paper: [0] before the first heading, then one per heading. */
function wordsPerSection(tree: Root): number[] {
  const words = [0];
  for (const node of tree.children) {
    if (node.type === 'heading') words.push(0);
    else words[words.length - 1]! += plainText(node).split(/\s+/u).filter(Boolean).length;
  }
  return words;
}

export default function remarkGlossaryLinks(options: GlossaryLinkOptions) {
  const matcher = new TermMatcher(options.terms);
  const base = options.base ?? '/';
  return (tree: Root, file: VFile) => {
    const fm = paperFrontmatter(file);
    if (!fm) return; // papers only: a glossary entry does not link itself
    const occurrences: Occurrence[] = [];
    const sectionWords = wordsPerSection(tree);
    let section = 0;
    const linkedInPaper = new Set<string>();
    let linkedInSection = new Set<string>();
    let page: number | null = null;

    const linkText = (node: Text, block: string, blockText: { text: string; offset: number }): PhrasingContent[] => {
      const matches = matcher.find(node.value);
      if (matches.length === 0) {
        blockText.offset += node.value.length;
        return [node];
      }
      const out: PhrasingContent[] = [];
      let at = 0;
      for (const m of matches) {
        if (m.start > at) out.push({ type: 'text', value: node.value.slice(at, m.start) });
        const value = node.value.slice(m.start, m.end);
        const first = !linkedInPaper.has(m.slug) || ((sectionWords[section] ?? 0) >= LONG_SECTION && !linkedInSection.has(m.slug));
        linkedInPaper.add(m.slug);
        linkedInSection.add(m.slug);
        out.push({
          type: 'text',
          value,
          data: first
            ? { hName: 'a', hProperties: { href: withBase(base, `glossary/${m.slug}/`), className: ['term'] }, hChildren: [{ type: 'text', value }] }
            : { hName: 'span', hProperties: { className: ['term-mention'], dataTerm: m.slug }, hChildren: [{ type: 'text', value }] },
        } as Text);
        const where = blockText.offset + m.start;
        occurrences.push({
          slug: m.slug,
          block,
          page,
          // Cut at word boundaries, and mark a cut with an ellipsis.
          before: where > CONTEXT ? blockText.text.slice(where - CONTEXT, where).replace(/^\S*\s/u, '…') : blockText.text.slice(0, where),
          match: value,
          after:
            where + value.length + CONTEXT < blockText.text.length
              ? blockText.text.slice(where + value.length, where + value.length + CONTEXT).replace(/\s\S*$/u, '…')
              : blockText.text.slice(where + value.length),
        });
        at = m.end;
      }
      if (at < node.value.length) out.push({ type: 'text', value: node.value.slice(at) });
      blockText.offset += node.value.length;
      return out;
    };

    const visitBlock = (node: RootContent, holder: RootContent) => {
      const id = (holder.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
      const block = typeof id === 'string' ? id : '';
      const blockText = { text: plainText(node), offset: 0 };
      walk(node as Parent as { children: RootContent[] }, (child, index, parent) => {
        if (isDirective(child) && child.name === 'page') page = Number(child.attributes?.n);
        else if (SKIP_TYPES.has(child.type) || (isDirective(child) && child.name === 'cite')) {
          blockText.offset += plainText(child).length;
          return SKIP;
        } else if (child.type === 'text') {
          const linked = linkText(child, block, blockText);
          parent.children.splice(index, 1, ...(linked as RootContent[]));
          return index + linked.length;
        }
        return undefined;
      });
    };

    for (const node of tree.children) {
      if (node.type === 'heading') {
        linkedInSection = new Set();
        section++;
        for (const child of node.children) if (isDirective(child) && child.name === 'page') page = Number(child.attributes?.n);
      } else if (node.type === 'paragraph') visitBlock(node, node);
      else if (node.type === 'list') for (const item of node.children) visitBlock(item, item);
      else if (node.type === 'blockquote' || node.type === 'table') visitBlock(node, node);
    }
    fm.concordance = storeOccurrences(occurrences);
  };
}
