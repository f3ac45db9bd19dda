/**
 * Renders a paper's Markdown to HTML with the reader's stack, as Astro's own
 * unified processor would (the test compares the two byte for byte), minus
 * two costs that a thousand papers make large: the raw-HTML pass Astro
 * always runs, here run only when a paper has raw HTML (ingested papers never
 * do), and compiling each paper into a module of the build. It parses with
 * Sätteri, which gives remark-parse's tree faster (see parse-native.ts), and
 * collects headings on a lean walk (see heading-ids.ts).
 */
import type { MarkdownHeading, RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import type { Root as HastRoot } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import type { MarkdownOptions } from './options.ts';
import rehypeHeadingIds from './heading-ids.ts';
import remarkParseNative from './parse-native.ts';
import { some } from './walk.ts';

export type RenderedPaper = {
  html: string;
  headings: MarkdownHeading[];
  /** What the plugins added to the frontmatter (reading time, concordance). */
  frontmatter: Record<string, unknown>;
  /** Content problems the plugins reported, as "line:column: reason". */
  messages: string[];
};

/** An HTML tag, comment or declaration: raw HTML in Markdown starts so. */
const TAG_START = /<[A-Za-z!?/]/;

/**
 * rehype-raw, for the rare paper that has raw HTML in it. Raw nodes come
 * only from HTML in the Markdown (no plugin of the reader makes them), so a
 * paper whose text has no tag is not walked at all.
 */
function rehypeRawWhenPresent(this: unknown, ...args: Parameters<typeof rehypeRaw>) {
  const raw = rehypeRaw.apply(this as never, args);
  return (tree: HastRoot, file: VFile) => {
    if (!TAG_START.test(String(file.value))) return tree;
    return some(tree, (node) => node.type === 'raw') ? raw(tree, file) : tree;
  };
}

function asPluggables(plugins: RemarkPlugins | RehypePlugins): PluggableList {
  return plugins.map((p) => (Array.isArray(p) ? p : [p])) as PluggableList;
}

export function createPaperRenderer(options: MarkdownOptions) {
  const processor = unified()
    .use(remarkParseNative)
    .use(asPluggables(options.remarkPlugins))
    .use(remarkRehype, { allowDangerousHtml: true, passThrough: [] })
    .use(asPluggables(options.rehypePlugins))
    .use(rehypeHeadingIds)
    .use(rehypeRawWhenPresent)
    .use(rehypeStringify, { allowDangerousHtml: true })
    .freeze();

  return {
    async render(markdown: string, frontmatter: Record<string, unknown>, path?: string): Promise<RenderedPaper> {
      const file = new VFile({ value: markdown, path, data: { astro: { frontmatter } } });
      const result = await processor.process(file);
      const astro = result.data.astro as { headings?: MarkdownHeading[]; frontmatter?: Record<string, unknown> } | undefined;
      return {
        html: String(result.value),
        headings: astro?.headings ?? [],
        frontmatter: astro?.frontmatter ?? {},
        messages: result.messages.map((m) => `${m.line ?? 1}:${m.column ?? 1}: ${m.reason}`),
      };
    },
  };
}
