/**
 * What Folio's remark plugins read of a paper and what they add to it, as
 * types and schemas rather than casts in each plugin. Astro hands a plugin
 * the frontmatter untyped (`file.data.astro.frontmatter`); `paperFrontmatter`
 * is the one test of "is this a paper" (a glossary entry has no pages) and
 * gives it typed, kept on `file.data.paper` for the plugins after it.
 *
 * The keys a rendering process is sent (READ_BY_PLUGINS) and the keys the
 * rendered frontmatter keeps (ADDED_BY_PLUGINS) are derived from the two
 * schemas, so a plugin that reads or adds a field changes them in one place.
 */
import { z } from 'astro/zod';
import type { VFile } from 'vfile';
import { paperFrontmatter as paperSchema } from '../model/schema.ts';
import type { StoredOccurrence } from './glossary-links.ts';

/** The frontmatter fields the plugins read. */
export const pluginInput = paperSchema.pick({ pages: true, author: true, issued: true, title: true });

/** The fields the plugins add: the reading time and the paper's concordance. */
export const pluginOutput = z.object({ readingMinutes: z.number(), concordance: z.array(z.custom<StoredOccurrence>()) }).partial();

export type PaperPluginFrontmatter = z.infer<typeof pluginInput> & z.infer<typeof pluginOutput>;

declare module 'vfile' {
  interface DataMap {
    /** The paper being rendered, typed (absent for a glossary entry). */
    paper: PaperPluginFrontmatter;
  }
}

export const READ_BY_PLUGINS: readonly string[] = pluginInput.keyof().options;
export const ADDED_BY_PLUGINS: ReadonlySet<string> = new Set(pluginOutput.keyof().options);

/** Whether frontmatter is a paper's: papers have source pages, glossary entries do not. */
export function isPaperFrontmatter(frontmatter: Record<string, unknown> | undefined): boolean {
  return Array.isArray(frontmatter?.pages);
}

/** The paper's frontmatter, typed, or undefined when the file is not a paper. Plugins write their additions to it. */
export function paperFrontmatter(file: VFile): PaperPluginFrontmatter | undefined {
  if (file.data.paper) return file.data.paper;
  const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
  if (!isPaperFrontmatter(frontmatter)) return undefined;
  // The same object Astro holds, so that what plugins add reaches the rendered frontmatter.
  file.data.paper = frontmatter as PaperPluginFrontmatter;
  return file.data.paper;
}

/** Of a paper's frontmatter, what the plugins read: all a rendering process is sent. */
export function frontmatterForPlugins(frontmatter: Record<string, unknown>): Record<string, unknown> {
  const read: Record<string, unknown> = {};
  for (const key of READ_BY_PLUGINS) if (key in frontmatter) read[key] = frontmatter[key];
  return read;
}
