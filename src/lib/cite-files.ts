/**
 * The downloadable citation files of a paper (`/papers/<id>.bib`, `.ris`,
 * `.json`): BibTeX and RIS as the ingest formatted them with citation-js, and
 * the CSL-JSON item built from the same metadata. They are written as files
 * by cite-file-emitter.ts and shown on the paper's page by CiteThisPaper.
 */
import { cslItem } from '../model/csl.ts';
import type { PaperFrontmatter } from '../model/schema.ts';

export const CITE_FILES = {
  bib: { type: 'application/x-bibtex; charset=utf-8', label: 'BibTeX', body: (_id: string, p: PaperFrontmatter) => p.formatted.bibtex.trimEnd() + '\n' },
  ris: { type: 'application/x-research-info-systems; charset=utf-8', label: 'RIS', body: (_id: string, p: PaperFrontmatter) => p.formatted.ris.trimEnd() + '\n' },
  json: { type: 'application/vnd.citationstyles.csl+json; charset=utf-8', label: 'CSL-JSON', body: (id: string, p: PaperFrontmatter) => `${JSON.stringify([cslItem({ ...p, id })], null, 2)}\n` },
} as const;

export type CiteFormat = keyof typeof CITE_FILES;
