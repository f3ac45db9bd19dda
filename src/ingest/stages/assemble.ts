/**
 * A paper draft (grouped pages) -> the Paper of the data model,
 * running segmentation, structure, citation and term stages in order.
 */
import { type Block, type Citation, type Paper, paper as paperSchema, type Reference, type Term } from '../../model/schema.ts';
import { citationCandidates, type FoundCitation, resolveCitations } from './citations.ts';
import { passageLanguage } from './language.ts';
import { type PaperDraft, sourcesOf } from './group-pages.ts';
import { isIngestError } from './errors.ts';
import { processing } from '../../shared/fault.ts';
import { paperMetadata } from './metadata.ts';
import { segmentPages } from './segment.ts';
import { entryReferences, entrySegments, findReferenceList } from './reference-list.ts';
import { sentenceAround } from './sentences.ts';
import { structureBlocks } from './structure.ts';
import { findTerms } from './terms.ts';
import { findDefinitions } from '../../shared/definitions.ts';
import { stopsAfter } from './source-end.ts';
import { APA_TITLE } from '../../model/csl.ts';
import { namesIn, sentenceCase } from './sentence-case.ts';
import { alternation } from '../../shared/lexicon.ts';

/** Printed page on which a character offset of a block falls. */
export function pageAt(block: Block, offset: number): number | null {
  let page = block.page;
  for (const b of block.breaks ?? []) if (b.offset <= offset) page = b.page;
  return page;
}

export interface AssembledPaper {
  paper: Paper;
  /** What citations of named works say of them, for the references collection. */
  found: Map<string, FoundCitation>;
  /** The entries of the paper's printed reference list, as references. */
  listed: Reference[];
}

/** A paper assembled but for its own citation, which is formatted apart (see cite-thread.ts). */
export interface UnformattedPaper {
  paper: Omit<Paper, 'formatted'>;
  found: Map<string, FoundCitation>;
  listed: Reference[];
}

export function assembleOne(draft: PaperDraft): UnformattedPaper {
  const pages = draft.pages.map((p) => ({ ...p.page, number: p.sidecar?.page ?? p.page.number }));
  const list = findReferenceList(pages, draft.continues);
  const segments = list
    ? [...segmentPages(list.before, draft.continues), ...entrySegments(list.entries), ...segmentPages(list.after, list.afterContinues)]
    : segmentPages(pages, draft.continues);
  const structured = structureBlocks(segments);
  // The works a paper lists are not the paper: their DOIs, years and names stay out of its metadata.
  const meta = paperMetadata(draft, structured.filter((b) => b.ref === undefined).map((b) => b.text).join('\n'));
  const listed = list ? entryReferences(list.entries, meta.id) : [];
  const blocks = structured.map((b) => {
    const lang = b.type === 'heading' ? undefined : passageLanguage(b.text, meta.language);
    const keyed = b.ref === undefined ? b : { ...b, ref: listed[Number(b.ref)]!.key };
    return lang ? { ...keyed, lang } : keyed;
  });
  // An entry of the list is not prose: the names and years in it are not citations.
  const prose = blocks.filter((b) => b.type !== 'heading' && b.ref === undefined);

  // Strong citation forms first, so that "Gereffi and Korzeniewicz in 1994" is
  // recognised when the paper also cites "(Gereffi & Korzeniewicz, 1994)".
  const candidates = prose.map((b) => citationCandidates(b.text, meta.id));
  const known = new Set(candidates.flat().filter((c) => !c.needsKnown).map((c) => c.ref));
  const citations: Citation[] = [];
  const terms: Term[] = [];
  const seenTerms = new Set<string>();
  const found = new Map<string, FoundCitation>();
  for (const [i, block] of prose.entries()) {
    const inBlock = resolveCitations(candidates[i]!, known);
    for (const c of inBlock) {
      const prev = found.get(c.ref);
      if (!prev || c.authors.length > prev.authors.length) found.set(c.ref, c);
      citations.push({
        text: c.text,
        ref: c.ref,
        kind: c.kind,
        authors: c.authors,
        year: c.year,
        number: c.number,
        page: c.page,
        block: block.id,
        cited_on: pageAt(block, c.start),
        start: c.start,
        end: c.end,
        context: sentenceAround(block.text, c.start, c.end),
      });
    }
    for (const t of findTerms(block.text, inBlock)) {
      const key = `${t.kind}|${t.term.toLowerCase()}`;
      if (seenTerms.has(key)) continue;
      seenTerms.add(key);
      terms.push({ term: t.term, kind: t.kind, expansion: t.expansion, block: block.id });
    }
  }

  // Where the paper defines its terms, quoted exactly (definitions.ts), for the glossary.
  const definitions = prose.flatMap((b) => findDefinitions(b.text, { language: b.lang ?? meta.language }).map((d) => ({ term: d.term, quote: d.quote, block: b.id, start: d.start, end: d.end, pattern: d.pattern, ...(d.abbreviation ? { abbreviation: d.abbreviation } : {}) })));

  const stops = stopsAfter(blocks);
  const { abstract, summary } = abstractAndSummary(blocks.filter((b) => b.ref === undefined));
  const paper: Omit<Paper, 'formatted'> & { [APA_TITLE]?: string } = {
    ...meta,
    ...(abstract ? { abstract } : {}),
    ...(summary ? { summary } : {}),
    // APA's sentence-case title, for "Cite this" only (the paper keeps its title as printed).
    ...(meta.title ? { [APA_TITLE]: sentenceCase(meta.title, namesIn(blocks.map((b) => b.text).join('\n'))) } : {}),
    pages: draft.pages.map(({ page: p, sidecar }, i) => ({ source: p.source, number: pages[i]!.number, sha256: p.sha256, kind: p.kind, ...(sidecar?.encoding ? { encoding: sidecar.encoding } : {}) })),
    missing: draft.missing,
    ...(stops === undefined ? {} : { stops_after: stops }),
    definitions,
    citations,
    terms,
    dropped: draft.pages.flatMap((p) => p.page.dropped),
    ...(listed.length > 0
      ? { listed: blocks.flatMap((b) => (b.ref === undefined ? [] : [{ key: b.ref, block: b.id, ...(listNumber(b.marker) !== undefined ? { number: listNumber(b.marker)! } : {}) }])) }
      : {}),
    blocks,
  };
  return { paper, found, listed };
}

function listNumber(marker: string | undefined): number | undefined {
  return marker ? Number.parseInt(marker, 10) : undefined;
}

const ABSTRACT = new RegExp(`^(?:${alternation('abstract')})\\s*[.:：]?\\s*`, 'iu');

/**
 * The abstract, where the paper prints one (a paragraph under an "Abstract"
 * heading, or one that opens with the label), and the opening words of its
 * text (for lists and descriptions), cut at a word with an ellipsis.
 */
export function abstractAndSummary(blocks: readonly Block[]): { abstract?: string; summary?: string } {
  let abstract: string | undefined;
  blocks.forEach((b, i) => {
    if (abstract) return;
    if (b.type === 'heading' && ABSTRACT.test(b.text) && b.text.replace(ABSTRACT, '') === '') {
      const next = blocks[i + 1];
      if (next && next.type === 'paragraph') abstract = next.text;
    } else if (b.type === 'paragraph' && ABSTRACT.test(b.text) && /[.:：]/u.test(b.text.slice(0, 20))) abstract = b.text.replace(ABSTRACT, '');
  });
  const first = blocks.find((b) => b.type === 'paragraph' && b.text.length >= 40 && b.text !== abstract)?.text ?? blocks.find((b) => b.type === 'paragraph')?.text;
  if (!first) return abstract ? { abstract } : {};
  const cut = first.length <= 240 ? first : `${first.slice(0, 240).replace(/\s+\S*$/u, '')}…`;
  return { ...(abstract ? { abstract } : {}), summary: cut };
}

/** assembleOne, where a bug of ours is a Fault naming the paper's source files. */
export function assembleDraft(draft: PaperDraft): UnformattedPaper {
  return processing(sourcesOf(draft), isIngestError, () => assembleOne(draft));
}

/** The paper, validated, with its formatted citation. */
export function withFormats(assembled: UnformattedPaper, formatted: Paper['formatted']): AssembledPaper {
  return { paper: paperSchema.parse({ ...assembled.paper, formatted }), found: assembled.found, listed: assembled.listed };
}
