/**
 * Folio's data model: one definition of a paper, its pages, blocks, citations,
 * references and candidate terms. The ingest validates what it writes against
 * these schemas and the Astro content config validates what it reads with the
 * same ones, so the two sides cannot drift apart.
 *
 * Bibliographic fields use CSL-JSON names (`container-title`, `issued`, ...)
 * so citation tools can consume them without a mapping table.
 */
import { z } from 'astro/zod';
import { isEncodingLabel } from '../shared/decode-text.ts';

export const cslName = z.object({
  family: z.string().min(1),
  given: z.string().min(1).optional(),
});

export const cslDate = z.object({
  'date-parts': z.array(z.array(z.number().int())).min(1),
});

export const sourcePage = z.object({
  /** File name inside content/sources/, as received. */
  source: z.string().min(1),
  /** Printed page number, when the page shows one. */
  number: z.number().int().nullable(),
  /** sha256 of the source bytes: ties the paper to the exact input. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  kind: z.enum(['pdf-page', 'web-article']),
  /** The encoding its sidecar names, where the file is not UTF-8: the source view reads it so. */
  encoding: z.string().optional(),
});

/** Printed pages known to belong to the paper but absent from the collection. */
export const missingPages = z.object({
  from: z.number().int(),
  to: z.number().int(),
});

export const pageBreak = z.object({
  /** Character offset in the block text where the printed page begins. */
  offset: z.number().int().nonnegative(),
  page: z.number().int(),
});

export const blockType = z.enum(['heading', 'paragraph', 'list-item']);

export const block = z.object({
  /** Stable anchor of the block in the rendered paper (`#b12`). */
  id: z.string(),
  type: blockType,
  text: z.string(),
  /** Printed page on which the block begins (null for unpaginated web pages). */
  page: z.number().int().nullable(),
  /** Heading level (2-6); h1 is the paper title. */
  depth: z.number().int().min(2).max(6).optional(),
  /** A heading that opens a paragraph in the source ("Review of ... Chain."). */
  run_in: z.boolean().optional(),
  /** List marker as printed ("5."), kept out of `text` so Markdown can number the item. */
  marker: z.string().optional(),
  breaks: z.array(pageBreak).optional(),
  /** BCP 47 language of a passage not in the paper's language (absent when it is). */
  lang: z.string().optional(),
  /** The source file the block begins in (the ingest's JSON; the Markdown does not keep it). */
  source: z.string().optional(),
  /** For an entry of the paper's printed reference list: the key of the work it lists. */
  ref: z.string().optional(),
});

export const citationKind = z.enum(['parenthetical', 'narrative', 'numbered', 'named']);

export const citation = z.object({
  /** The citation exactly as printed, for one work. */
  text: z.string(),
  ref: z.string(),
  kind: citationKind,
  authors: z.array(z.string()),
  year: z.string().nullable(),
  /** Reference number of a numbered citation ("[1]"). */
  number: z.number().int().nullable(),
  /** Pinpoint locator inside the cited work ("[1, p. 119]" -> "119"). */
  page: z.string().nullable(),
  /** Block (paragraph) in which it occurs, and the printed page there. */
  block: z.string(),
  cited_on: z.number().int().nullable(),
  /** Offsets of `text` inside the block text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The sentence that makes the citation, for "cited by" snippets. */
  context: z.string(),
});

export const termKind = z.enum(['quoted', 'abbreviation']);

export const term = z.object({
  term: z.string(),
  kind: termKind,
  expansion: z.string().nullable(),
  block: z.string(),
});

/**
 * What a removed line was: the closed set of page furniture the ingest labels
 * (and the fidelity corpus annotates), so the source view can name it and
 * the fidelity score can count per kind.
 */
export const furnitureKind = z.enum([
  /** A flipbook's or viewer's own line: "Page 52 - …", "P. 52", a download button. */
  'viewer-line',
  /** The author or title head repeated on every page. */
  'running-head',
  /** The journal's running line with volume, issue and page range. */
  'journal-line',
  /** The printed page number alone on its line. */
  'folio',
  /** The paper's title where printed (it becomes the metadata). */
  'title',
  /** Authors, affiliations, e-mail addresses, ORCID lines. */
  'byline',
  /** The header block's other lines: dates, DOI, ISSN, "How to cite", licence, keywords. */
  'front-matter',
  /** A web site's menus, breadcrumbs, links to other articles and footers. */
  'site-navigation',
  /** Counters, share buttons, survey widgets, badges, cookie notices. */
  'site-widget',
]);

export const droppedLine = z.object({
  line: z.string(),
  reason: furnitureKind,
  source: z.string(),
  line_number: z.number().int().positive(),
});

export const paperMeta = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  type: z.enum(['article-journal', 'webpage', 'article']),
  /** Absent when no page of the paper prints it (a sidecar can add it). */
  title: z.string().min(1).optional(),
  author: z.array(cslName),
  'container-title': z.string().optional(),
  volume: z.string().optional(),
  issue: z.string().optional(),
  issued: cslDate.optional(),
  page: z.string().optional(),
  publisher: z.string().optional(),
  URL: z.string().optional(),
  DOI: z.string().optional(),
  ISSN: z.string().optional(),
  /** The paper's abstract, where the page prints one under its own heading or label. */
  abstract: z.string().optional(),
  /** The opening words of the paper's text, for lists and the page's description (not an abstract). */
  summary: z.string().optional(),
  /** When a web page was read (a sidecar's `accessed`): its citation gives it with the URL. */
  accessed: cslDate.optional(),
  language: z.string().min(2),
});

/**
 * The paper's own citation, formatted once by the ingest (citation-js):
 * HTML for the three styles (italics as <i>), and BibTeX and RIS records.
 */
export const citationFormats = z.object({
  // Each absent where citation-js could not format the paper's metadata (no title and no author, say).
  apa: z.string().optional(),
  chicago: z.string().optional(),
  mla: z.string().optional(),
  bibtex: z.string().optional(),
  ris: z.string().optional(),
});

/**
 * What a paper's Markdown frontmatter keeps of its citations, terms and
 * removed lines: what the reader's pages use. The rest (author lists, offsets,
 * the removed text itself) stays in the ingest's model and its JSON, and the
 * source files; a build of thousands of papers carries only what it renders.
 */
export const storedCitation = citation.pick({ text: true, ref: true, kind: true, number: true, block: true, cited_on: true, context: true });
export const storedTerm = term.pick({ term: true, kind: true, expansion: true });
export const storedDroppedLine = droppedLine.pick({ source: true, line_number: true, reason: true });

/** What a paper's Markdown frontmatter holds; the body holds the blocks. */
export const paperFrontmatter = paperMeta.extend({
  formatted: citationFormats,
  pages: z.array(sourcePage).min(1),
  missing: z.array(missingPages),
  citations: z.array(storedCitation),
  terms: z.array(storedTerm),
  dropped: z.array(storedDroppedLine),
  /** The entries of the paper's printed reference list, in order: the work each lists and its block. */
  listed: z.array(z.object({ key: z.string(), block: z.string(), number: z.number().int().optional() })).optional(),
});

/** A sentence of the paper that defines a term: the exact defining text, and where it stands. */
export const definition = z.object({
  term: z.string(),
  /** Verbatim: the block's text from `start` to `end`. */
  quote: z.string(),
  block: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  pattern: z.enum(['abbreviation', 'copula', 'appositive', 'by-we-mean', 'so-called', 'quoted-gloss', 'cross-sentence']),
  abbreviation: z.string().optional(),
});

/** A paper as the ingest produces it: its metadata, blocks and everything found in them. */
export const paper = paperFrontmatter.extend({
  /** The definitions the paper gives (the ingest's JSON; not yet in the Markdown). */
  definitions: z.array(definition),
  /** The numbered section ("I.") the text stops after, where it visibly stops short of the whole (source-end.ts); the Markdown says so with `::source-ends`. */
  stops_after: z.string().optional(),
  citations: z.array(citation),
  terms: z.array(term),
  dropped: z.array(droppedLine),
  blocks: z.array(block),
});

/** The frontmatter of a paper: the model less what the reader does not use. */
export function toFrontmatter(p: Paper): PaperFrontmatter {
  const { blocks: _blocks, definitions: _definitions, stops_after: _stopsAfter, citations, terms, dropped, ...meta } = p;
  return {
    ...meta,
    citations: citations.map(({ text, ref, kind, number, block, cited_on, context }) => ({ text, ref, kind, number, block, cited_on, context })),
    terms: terms.map(({ term, kind, expansion }) => ({ term, kind, expansion })),
    dropped: dropped.map(({ source, line_number, reason }) => ({ source, line_number, reason })),
  };
}

export const reference = z.object({
  key: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  type: z.enum(['article-journal', 'article-magazine', 'book', 'chapter', 'webpage', 'report', 'thesis', 'paper-conference', 'document']),
  author: z.array(cslName).optional(),
  /** Editors of an edited book (cited by their names when it has no authors). */
  editor: z.array(cslName).optional(),
  title: z.string().optional(),
  'container-title': z.string().optional(),
  volume: z.string().optional(),
  issue: z.string().optional(),
  issued: cslDate.optional(),
  /** "b" of "2018b": the letter that tells two works of one author and year apart. */
  'year-suffix': z.string().optional(),
  page: z.string().optional(),
  publisher: z.string().optional(),
  'publisher-place': z.string().optional(),
  DOI: z.string().optional(),
  URL: z.string().optional(),
  /** How the citing pages name the work (e.g. "Gereffi & Korzeniewicz, 1994"). */
  label: z.string(),
  /**
   * True while the collection only knows what in-text citations say: the
   * reader is told that details were not given in the source.
   */
  incomplete: z.boolean(),
  /** The work as a reference list entry in APA, Chicago and MLA (citation-js), where enough is known to format it. */
  formatted: citationFormats.pick({ apa: true, chicago: true, mla: true }).optional(),
});

export type CslName = z.infer<typeof cslName>;
export type CslDate = z.infer<typeof cslDate>;
export type SourcePage = z.infer<typeof sourcePage>;
export type MissingPages = z.infer<typeof missingPages>;
export type PageBreak = z.infer<typeof pageBreak>;
export type Block = z.infer<typeof block>;
export type BlockType = z.infer<typeof blockType>;
export type Citation = z.infer<typeof citation>;
export type CitationFormats = z.infer<typeof citationFormats>;
export type StoredCitation = z.infer<typeof storedCitation>;
export type CitationKind = z.infer<typeof citationKind>;
export type Term = z.infer<typeof term>;
export type TermKind = z.infer<typeof termKind>;
export type DroppedLine = z.infer<typeof droppedLine>;
export type FurnitureKind = z.infer<typeof furnitureKind>;
export type PaperMeta = z.infer<typeof paperMeta>;
export type PaperFrontmatter = z.infer<typeof paperFrontmatter>;
export type Paper = z.infer<typeof paper>;
export type Reference = z.infer<typeof reference>;
export type Definition = z.infer<typeof definition>;

/**
 * A curator's sidecar YAML beside a source page (`page.txt` -> `page.yaml`):
 * corrects or completes what the page says. `paper` ties pages together
 * that the page furniture cannot; `page` sets the printed page number.
 */
export const sourceSidecar = paperMeta
  .omit({ issued: true })
  .partial()
  .extend({
    issued: z.union([z.number().int(), cslDate]).optional(),
    // Curators write `accessed: 2026-12-03`; CSL keeps the date's parts.
    accessed: z
      .union([
        z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD, such as 2026-12-03')
          .transform((d) => ({ 'date-parts': [d.split('-').map(Number)] })),
        cslDate,
      ], { error: 'a date written YYYY-MM-DD, such as 2026-12-03' })
      .optional(),
    // Curators write `volume: 83`; CSL keeps it as the text "83".
    volume: z.union([z.string(), z.number()]).transform(String).optional(),
    issue: z.union([z.string(), z.number()]).transform(String).optional(),
    paper: z.string().optional(),
    /** The page's encoding, for a file that is not UTF-8 and has no byte-order mark (a WHATWG label: windows-1251, gb18030). */
    encoding: z
      .string()
      .refine(isEncodingLabel, 'not an encoding name a TextDecoder knows (e.g. windows-1251, gb18030, shift_jis, iso-8859-2)')
      .optional(),
    // A printed page number: what a page could print, never a misreading's 10^12.
    page: z.number().int().min(0).max(99_999).optional(),
  })
  .strict();

export type SourceSidecar = z.infer<typeof sourceSidecar>;

/**
 * A concept of the glossary (content/glossary/<slug>.md): the term, the
 * variants it appears under, a one-sentence definition for cards, and where
 * the collection itself defines it. The Markdown body is the explanation.
 */
export const concept = z.object({
  term: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  /** Absent only on a muted entry. */
  definition: z.string().min(10).optional(),
  /** Made by the ingest from a definition the collection gives (content/glossary-found/), not by a curator. */
  found: z.boolean().optional(),
  /** A curated entry that hides the found entry of the same term, and is not shown itself. */
  muted: z.boolean().optional(),
  category: z.string().optional(),
  related: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)).default([]),
  defined_in: z
    .object({
      paper: z.string(),
      block: z.string().regex(/^b\d+$/),
      page: z.number().int().nullable(),
      quote: z.string().min(10),
    })
    .optional(),
}).superRefine((c, ctx) => {
  if (!c.muted && c.definition === undefined) ctx.addIssue({ code: 'custom', path: ['definition'], message: 'a definition is needed (or `muted: true` to hide the found entry of this term)' });
});

export type Concept = z.infer<typeof concept>;
/** An entry as the reader shows it: never muted, always defined. */
export type ShownConcept = Concept & { definition: string };
