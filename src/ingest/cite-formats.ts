/**
 * "Cite this paper": the paper's citation in APA, Chicago (author-date) and
 * MLA, and as BibTeX and RIS, formatted by citation-js from the paper's CSL
 * metadata. Done in the ingest, where it is cached with the paper and spread
 * over workers: CSL formatting costs milliseconds a paper, too much to redo
 * on every build of thousands of papers. Papers are formatted in batches,
 * since citation-js works fastest on many entries at once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { cslItem } from '../model/csl.ts';
import type { CitationFormats, PaperMeta } from '../model/schema.ts';

const STYLES = { chicago: 'chicago-author-date.csl', mla: 'modern-language-association.csl' } as const;
let registered = false;

function registerStyles(): void {
  if (registered) return;
  const styles = plugins.config.get('@csl').styles;
  for (const [name, file] of Object.entries(STYLES)) styles.add(`folio-${name}`, readFileSync(join(import.meta.dirname, 'csl', file), 'utf8'));
  registered = true;
}

/**
 * RIS from citation-js's tag mapping, one line per tag. (Its text output
 * hard-wraps values at 70 characters mid-word, which readers, citation-js's
 * own parser among them, join back with a space.)
 */
function risText(cite: Cite): string {
  const [entry] = cite.format('ris', { format: 'object' }) as Record<string, string | string[]>[];
  const lines = [`TY  - ${entry!.TY}`];
  for (const [tag, value] of Object.entries(entry!)) if (tag !== 'TY') for (const v of [value].flat()) lines.push(`${tag}  - ${v}`);
  lines.push('ER  - ');
  return `${lines.join('\n')}\n`;
}

export function formatCitations(metas: readonly PaperMeta[]): CitationFormats[] {
  if (metas.length === 0) return [];
  registerStyles();
  const items = metas.map(cslItem);
  const cite = new Cite(items);
  const byStyle = (template: string) =>
    new Map(
      (cite.format('bibliography', { format: 'html', template, lang: 'en-US', asEntryArray: true }) as [string, string][]).map(([id, html]) => [
        id,
        html.replace(/^\s*<div[^>]*>|<\/div>\s*$/g, '').trim(),
      ]),
    );
  const apa = byStyle('apa');
  const chicago = byStyle('folio-chicago');
  const mla = byStyle('folio-mla');
  return items.map((item) => {
    const one = new Cite(item);
    const id = String(item.id);
    return { apa: apa.get(id)!, chicago: chicago.get(id)!, mla: mla.get(id)!, bibtex: one.format('bibtex') as string, ris: risText(one) };
  });
}
