/**
 * Renders Markdown through the reader's Markdown syntax (src/markdown/options.ts)
 * and the given plugins to HTML, and collects the messages plugins report.
 */
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { markdownSyntax } from '../../src/markdown/options.ts';

export async function render(markdown: string, plugins: PluggableList): Promise<{ html: string; messages: string[] }> {
  const file = await unified()
    .use(remarkParse)
    .use(markdownSyntax as PluggableList)
    .use(plugins)
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(markdown);
  return { html: String(file), messages: file.messages.map((m) => m.reason) };
}
