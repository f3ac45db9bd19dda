/**
 * Build-time access to the collections, each read and derived once per build
 * (Astro renders pages in one process), so a thousand paper pages do not
 * each re-scan the whole collection.
 */
import { paperForReference } from './reference-links.ts';
import { getCollection } from 'astro:content';
import { citedBy } from './backlinks.ts';
import { displayTitle } from './bibliographic.ts';
import { buildConcordance, usesByPaper, type PaperUses } from './concordance.ts';
import { readPaperBody } from '../build/paper-body.ts';
import { mergeGlossary } from '../build/glossary-merge.ts';
import { loadGlossaryCitations } from '../build/glossary-citations.ts';
import { config } from '../shared/config.ts';
import { type WorkHomes, workHomes } from './work-pages.ts';
import { workAnchor } from '../model/anchors.ts';
import { paperHref, referenceHref } from './urls.ts';

let papersOnce: ReturnType<typeof loadPapers> | undefined;
let papersByIdOnce: Promise<Map<string, Awaited<ReturnType<typeof loadPapers>>[number]>> | undefined;
let referencesOnce: ReturnType<typeof loadReferences> | undefined;
let glossaryOnce: ReturnType<typeof loadGlossary> | undefined;
let concordanceOnce: Promise<ReturnType<typeof buildConcordance>> | undefined;
let usesOnce: Promise<Map<string, PaperUses[]>> | undefined;
let citedByOnce: Promise<ReturnType<typeof citedBy>> | undefined;

async function loadPapers() {
  const papers = await getCollection('papers');
  return papers.sort((a, b) => displayTitle(a.data).localeCompare(displayTitle(b.data)));
}

export function allPapers() {
  return (papersOnce ??= loadPapers());
}

/** All papers by id. */
export function papersById() {
  return (papersByIdOnce ??= allPapers().then((papers) => new Map(papers.map((p) => [p.id, p]))));
}

async function loadReferences() {
  const references = await getCollection('references');
  return new Map(references.map((r) => [r.id, r]));
}

/** All references by key. */
export function referencesByKey() {
  return (referencesOnce ??= loadReferences());
}

async function loadGlossary() {
  const [curated, found] = await Promise.all([getCollection('glossary'), getCollection('foundGlossary')]);
  const entries = mergeGlossary<(typeof curated)[number] | (typeof found)[number]>(curated, found);
  return new Map(entries.sort((a, b) => a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' })).map((e) => [e.id, e]));
}

/** Glossary entries by slug, A to Z: the curated ones, and those found in the collection that no curated entry overrides or mutes. */
export function glossaryBySlug() {
  return (glossaryOnce ??= loadGlossary());
}

/** Every occurrence of every concept, by concept slug. */
export function concordance() {
  return (concordanceOnce ??= allPapers().then((papers) =>
    buildConcordance(papers.map((p) => ({ ...p, pluginFrontmatter: readPaperBody(p).frontmatter }))),
  ));
}

/**
 * Each concept's uses grouped by paper, grouped once: a concept used across
 * the collection has a concordance page per 25 papers, and grouping its
 * occurrences again for each page made them quadratic in its papers.
 */
export function conceptUses() {
  return (usesOnce ??= concordance().then((bySlug) => new Map([...bySlug].map(([slug, occurrences]) => [slug, usesByPaper(occurrences)]))));
}

export function citedByIndex() {
  return (citedByOnce ??= allPapers().then(citedBy));
}

let referencePapersOnce: Promise<Map<string, string>> | undefined;

/** The cited works that are themselves papers of the collection: reference key -> paper id. */
export function referencePapers() {
  return (referencePapersOnce ??= Promise.all([referencesByKey(), allPapers()]).then(([refs, papers]) => {
    const out = new Map<string, string>();
    for (const [key, ref] of refs) {
      const id = paperForReference(ref.data, papers);
      if (id) out.set(key, id);
    }
    return out;
  }));
}

let glossaryCitingOnce: Promise<Map<string, { slug: string; term: string }[]>> | undefined;

/** The curated glossary entries that cite each work, by the work's key (as the ingest found them). */
export function glossaryCiting() {
  return (glossaryCitingOnce ??= glossaryBySlug().then((glossary) => {
    const byRef = new Map<string, { slug: string; term: string }[]>();
    for (const { slug, ref } of loadGlossaryCitations(config.content)) {
      const entry = glossary.get(slug);
      if (!entry || byRef.get(ref)?.some((e) => e.slug === slug)) continue;
      byRef.set(ref, [...(byRef.get(ref) ?? []), { slug, term: entry.data.term }]);
    }
    return byRef;
  }));
}

let workHomesOnce: Promise<WorkHomes> | undefined;

/** Which works have a page of their own, and in which paper the others are read (see work-pages.ts). */
export function workHomesIndex() {
  return (workHomesOnce ??= Promise.all([referencesByKey(), allPapers(), citedByIndex(), glossaryCiting()]).then(([refs, papers, cited, glossary]) => {
    // The papers that cite each work (the cited-by index) and those whose printed list holds it.
    const papersOf = new Map([...cited].map(([key, places]) => [key, places.map((p) => p.paperId)]));
    for (const p of papers) for (const e of p.data.listed ?? []) papersOf.set(e.key, [...(papersOf.get(e.key) ?? []), p.id]);
    return workHomes(refs.keys(), papersOf, new Set(glossary.keys()));
  }));
}

/** Where a link to a cited work leads: its own page, or its entry in the one paper that lists it. */
export async function workHrefs(): Promise<(key: string) => string> {
  const { entryIn } = await workHomesIndex();
  return (key) => {
    const paper = entryIn.get(key);
    return paper ? paperHref(paper, workAnchor(key)) : referenceHref(key);
  };
}
