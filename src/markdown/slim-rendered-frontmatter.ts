/**
 * remark plugin, last in the chain: the rendered body of each paper keeps
 * what its frontmatter became after the plugins ran, on top of the validated
 * data the store already holds. For a thousand papers that copy is megabytes the build carries for
 * nothing; only what plugins add to it (the concordance, the reading time) is kept.
 */
import type { VFile } from 'vfile';
import { ADDED_BY_PLUGINS, paperFrontmatter } from './plugin-data.ts';

export default function remarkSlimRenderedFrontmatter() {
  return (_tree: unknown, file: VFile) => {
    const fm = paperFrontmatter(file) as Record<string, unknown> | undefined;
    if (!fm) return; // papers only
    for (const key of Object.keys(fm)) if (!ADDED_BY_PLUGINS.has(key)) delete fm[key];
  };
}
