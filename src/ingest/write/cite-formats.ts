/**
 * "Cite this paper": the paper's citation in APA, Chicago (author-date) and
 * MLA, and as BibTeX and RIS, formatted by citation-js from the paper's CSL
 * metadata. Done in the ingest, where it is cached with the paper and spread
 * over workers: CSL formatting costs milliseconds a paper, too much to redo
 * on every build of thousands of papers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { APA_TITLE, cslItem } from '../../model/csl.ts';
import type { CitationFormats, PaperMeta, Reference } from '../../model/schema.ts';
import { standaloneStyle } from './standalone-style.ts';

const STYLE_FILES = { chicago: 'chicago-author-date.csl', mla: 'modern-language-association.csl' } as const;
/** The styles of "Cite this paper": APA (citation-js's own), Chicago and MLA, each cut down for one entry. */
const STYLE_NAMES = ['folio-apa', 'folio-chicago', 'folio-mla'] as const;
let registered = false;

function registerStyles(): void {
  if (registered) return;
  const styles = plugins.config.get('@csl').styles;
  styles.add('folio-apa', standaloneStyle(styles.get('apa')));
  for (const [name, file] of Object.entries(STYLE_FILES)) styles.add(`folio-${name}`, standaloneStyle(readFileSync(join(import.meta.dirname, 'csl', file), 'utf8')));
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
  for (const [tag, value] of Object.entries(entry!)) {
    if (tag === 'TY') continue;
    for (const v of [value].flat()) {
      // A page range is a start page and an end page in RIS (SP, EP), not "40-57" in SP.
      const range = tag === 'SP' ? /^(\S+?)\s*[-–]\s*(\S+)$/.exec(String(v)) : null;
      if (range) lines.push(`SP  - ${range[1]}`, `EP  - ${range[2]}`);
      else lines.push(`${tag}  - ${v}`);
    }
  }
  lines.push('ER  - ');
  return `${lines.join('\n')}\n`;
}

/** The value, or undefined where formatting threw: a paper gets the formats that could be made. */
function attempt<T>(make: () => T): T | undefined {
  try {
    return make();
  } catch {
    return undefined;
  }
}

/**
 * Each paper is formatted on its own: in one bibliography of many papers,
 * CSL would disambiguate papers by one author and year from each other
 * ("2026a", "n.d.-t"), which is wrong for a standalone "cite this". One
 * citation-js engine per style holds the whole batch; each paper then gets
 * a registry of its own entry only.
 */
function formatStyle(items: readonly Record<string, unknown>[], template: string): (string | undefined)[] {
  const engine = plugins.config.get('@csl').engine([...items], template, 'en-US', 'html');
  return items.map((item) =>
    // citeproc gives no entry for an item it has nothing to print of (no title, no author), and
    // may throw on metadata it cannot read: that style is then left out of the paper's "Cite this".
    attempt(() => {
      engine.updateItems([String(item.id)]);
      const bibliography = engine.makeBibliography() as [unknown, string[]] | false;
      const entry = bibliography ? bibliography[1][0] : undefined;
      return entry?.replace(/^\s*<div[^>]*>|<\/div>\s*$/g, '').trim() || undefined;
    }),
  );
}

/** Compiles the three styles ahead of the first paper (a third of a second). */
export function prepareStyles(): void {
  registerStyles();
  for (const style of STYLE_NAMES) plugins.config.get('@csl').engine([], style, 'en-US', 'html');
}

/** The citations of papers given as CSL-JSON items (see cslItem). */
export function formatCslItems(items: readonly Record<string, unknown>[]): CitationFormats[] {
  if (items.length === 0) return [];
  registerStyles();
  // APA gets its sentence-case title; the other styles and the records keep the title as printed.
  const plain = items.map(({ [APA_TITLE]: _apa, ...item }) => item);
  const apaItems = items.map(({ [APA_TITLE]: apaTitle, ...item }) => (apaTitle ? { ...item, title: apaTitle } : item));
  const [apa, chicago, mla] = STYLE_NAMES.map((style, s) => formatStyle(s === 0 ? apaItems : plain, style)) as [(string | undefined)[], (string | undefined)[], (string | undefined)[]];
  return plain.map((item, i) => {
    const one = attempt(() => new Cite(item));
    const formats = { apa: apa[i], chicago: chicago[i], mla: mla[i], bibtex: one && attempt(() => one.format('bibtex') as string), ris: one && attempt(() => risText(one)) };
    return Object.fromEntries(Object.entries(formats).filter(([, text]) => text !== undefined)) as CitationFormats;
  });
}

export function formatCitations(metas: readonly PaperMeta[]): CitationFormats[] {
  return formatCslItems(metas.map(cslItem));
}

/** The citation thread's work (see worker-pool.ts): the styles compile as it starts, while the ingest reads pages. */
export function createWork(): (items: Record<string, unknown>[]) => CitationFormats[] {
  prepareStyles();
  return formatCslItems;
}

/**
 * Each cited work as a reference list entry in the three styles, for its
 * page and its card; only works with a title (a work known by its authors
 * and year alone is shown by its label).
 */
/**
 * "2018" -> "2018b" in a work's formatted entry: citeproc adds the letter
 * only when it formats both works of the year together, and each work is
 * formatted alone here. Author-date styles print the year right after the
 * authors (its first occurrence); MLA prints it last.
 */
function withYearSuffix(text: string, r: Reference, style: 'apa' | 'chicago' | 'mla'): string {
  const year = r.issued?.['date-parts'][0]?.[0];
  const suffix = r['year-suffix'];
  if (year === undefined || !suffix) return text;
  const at = style === 'mla' ? text.lastIndexOf(String(year)) : text.indexOf(String(year));
  return at === -1 ? text : `${text.slice(0, at + 4)}${suffix}${text.slice(at + 4)}`;
}

export function formatReferences(references: readonly Reference[]): Reference[] {
  const titled = references.filter((r) => r.title);
  if (titled.length === 0) return [...references];
  const items = titled.map(({ key, label: _label, incomplete: _incomplete, formatted: _formatted, 'year-suffix': _suffix, ...csl }) => ({ id: key, ...csl }));
  const formats = new Map(formatCslItems(items).map((f, i) => [titled[i]!.key, f]));
  return references.map((r) => {
    const f = formats.get(r.key);
    const styles = f && Object.fromEntries((['apa', 'chicago', 'mla'] as const).filter((s) => f[s]).map((s) => [s, withYearSuffix(f[s]!, r, s)]));
    return styles && Object.keys(styles).length > 0 ? { ...r, formatted: styles } : r;
  });
}
