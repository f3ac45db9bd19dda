/**
 * remark plugin: parses with Sätteri, the native Markdown parser Astro uses
 * by default, in remark-parse's place. For the syntax the reader allows (see
 * markdownSyntax in options.ts) it gives remark-parse's tree, positions
 * included, in about a tenth of the time: remark-parse was the largest part
 * of rendering a thousand papers. Folio's plugins then run on that tree as
 * before.
 *
 * Sätteri reads two things otherwise than the reader's syntax: it always
 * links bare addresses ("www.x.org", "https://…", "a@b.org") and it strikes
 * through single tildes. A document that has either is parsed by remark-parse
 * (tests/markdown/parse-native.test.ts holds the two to the same trees).
 */
import type { Nodes, Root } from 'mdast';
import type { InlineMath, Math } from 'mdast-util-math';
import type { Element, ElementContent } from 'hast';
import remarkParse from 'remark-parse';
import { markdownToMdast } from 'satteri';
import type { Processor } from 'unified';
import { walk } from './walk.ts';

const FEATURES = { gfm: true, frontmatter: false, directive: true, math: { singleDollarTextMath: false } };

/** Where Sätteri's reading may differ: a bare address, or a tilde. */
const READ_OTHERWISE = /www\.|:\/\/|@|~/i;

/**
 * The HTML a math node stands for, as remark-math's parser records it on the
 * node: `<pre><code class="language-math math-display">` for a block,
 * `<code class="language-math math-inline">` in text. rehype-katex looks for it.
 */
function recordMathHtml(tree: Root): void {
  walk<Nodes>(tree, (node) => {
    if (node.type !== 'math' && node.type !== 'inlineMath') return;
    const math = node as Math | InlineMath;
    const text: ElementContent = { type: 'text', value: math.value };
    if (math.type === 'math') {
      const code: Element = { type: 'element', tagName: 'code', properties: { className: ['language-math', 'math-display'] }, children: [text] };
      math.data = { hName: 'pre', hChildren: [code] };
    } else {
      math.data = { hName: 'code', hProperties: { className: ['language-math', 'math-inline'] }, hChildren: [text] };
    }
  });
}

/** Sätteri's tree for `document`, as remark-parse with the reader's syntax would give it. */
export function parseNative(document: string): Root {
  const tree = markdownToMdast(document, { features: FEATURES }) as unknown as Root;
  if (document.includes('$$')) recordMathHtml(tree);
  return tree;
}

export default function remarkParseNative(this: Processor) {
  // remark-parse as the fallback, reading the syntax extensions the other plugins register.
  remarkParse.call(this as never);
  const fallback = this.parser!;
  this.parser = (document, file) => (READ_OTHERWISE.test(document) ? fallback(document, file) : parseNative(document));
}
