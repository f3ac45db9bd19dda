/**
 * The downloadable citation files of a paper (`/papers/<id>.bib`, `.ris`,
 * `.json`): BibTeX and RIS as the ingest formatted them with citation-js, and
 * the CSL-JSON item built from the same metadata. They are written as files
 * by cite-file-emitter.ts and shown on the paper's page by CiteThisPaper.
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
