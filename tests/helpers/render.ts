/**
 * Renders Markdown through the reader's remark stack (as astro.config.mjs
 * sets it up) to HTML, and collects the messages plugins report.
 */
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import remarkGfmWithoutAutolinks from '../../src/markdown/gfm-without-autolinks.ts';

export async function render(markdown: string, plugins: PluggableList): Promise<{ html: string; messages: string[] }> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkGfmWithoutAutolinks)
    .use(remarkDirective)
    .use(remarkMath, { singleDollarTextMath: false })
    .use(plugins)
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(markdown);
  return { html: String(file), messages: file.messages.map((m) => m.reason) };
}
