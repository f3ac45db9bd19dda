/**
 * The downloadable citation files of a paper (`<id>.bib`, `.ris`, `.json`):
 * BibTeX and RIS as the ingest formatted them with citation-js, and the
 * CSL-JSON item built from the same metadata. CiteThisPaper shows each and
 * offers it as a `data:` link with a file name: a download without
 * JavaScript and without a file in the site (three files a paper were more
 * than the paper's own page at 10,000 papers; see docs/scale.md).
 */
import { cslItem } from '../model/csl.ts';
import type { PaperFrontmatter } from '../model/schema.ts';

export const CITE_FILES = {
  bib: { type: 'application/x-bibtex; charset=utf-8', label: 'BibTeX', body: (_id: string, p: PaperFrontmatter) => p.formatted.bibtex && `${p.formatted.bibtex.trimEnd()}\n` },
  ris: { type: 'application/x-research-info-systems; charset=utf-8', label: 'RIS', body: (_id: string, p: PaperFrontmatter) => p.formatted.ris && `${p.formatted.ris.trimEnd()}\n` },
  json: { type: 'application/vnd.citationstyles.csl+json; charset=utf-8', label: 'CSL-JSON', body: (id: string, p: PaperFrontmatter): string | undefined => `${JSON.stringify([cslItem({ ...p, id })], null, 2)}\n` },
} as const;

/** The citation files a paper has: a format citation-js could not make is left out. */
export function citeFilesOf(id: string, paper: PaperFrontmatter): { ext: CiteFormat; body: string }[] {
  return (Object.keys(CITE_FILES) as CiteFormat[]).flatMap((ext) => {
    const body = CITE_FILES[ext].body(id, paper);
    return body === undefined ? [] : [{ ext, body }];
  });
}

export type CiteFormat = keyof typeof CITE_FILES;

/** The file's contents as a `data:` URL, for a link that downloads it (`download` gives its name). */
export function citeFileUrl(ext: CiteFormat, body: string): string {
  return `data:${CITE_FILES[ext].type.replace(/; /g, ';')},${encodeURIComponent(body)}`;
}
