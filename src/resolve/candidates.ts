/**
 * One reference looked up in every API, and the answers made into a ranked
 * list of candidates: the same work found by both APIs (same DOI, or same
 * title and year when one lacks a DOI) is one candidate, with Crossref's
 * record first and gaps filled from OpenAlex's (its `source` then names
 * both); each is scored (score.ts)
 * and the list ordered by confidence.
 */
import type { CslWork } from './csl.ts';
import { issuedYear } from './csl.ts';
import { crossrefRequest, crossrefWorks } from './crossref.ts';
import type { PoliteClient } from './http.ts';
import { LookupFailure } from './http.ts';
import { openalexRequest, openalexWorks } from './openalex.ts';
import type { Wanted } from './references.ts';
import type { Evidence } from './score.ts';
import { scoreCandidate, words } from './score.ts';

export type ApiName = 'crossref' | 'openalex';

export type Api = {
  name: ApiName;
  baseUrl: string;
  /** Path and query for `ref` after the base URL; null when there is nothing to search by. */
  request(ref: Wanted): string | null;
  works(body: unknown): CslWork[];
  /** Parameters sent but not part of the cache key (mailto, api_key). */
  polite: Record<string, string>;
};

export function apis(options: { crossrefUrl: string; openalexUrl: string; mailto?: string; openalexApiKey?: string }): Api[] {
  const mailto: Record<string, string> = options.mailto ? { mailto: options.mailto } : {};
  return [
    { name: 'crossref', baseUrl: options.crossrefUrl, request: crossrefRequest, works: crossrefWorks, polite: mailto },
    {
      name: 'openalex',
      baseUrl: options.openalexUrl,
      request: openalexRequest,
      works: openalexWorks,
      polite: { ...mailto, ...(options.openalexApiKey ? { api_key: options.openalexApiKey } : {}) },
    },
  ];
}

export type Candidate = { work: CslWork; sources: ApiName[]; confidence: number; evidence: Evidence };

export type Lookup = {
  candidates: Candidate[];
  /** One line each: what went wrong with which API. */
  failures: { api: ApiName; reason: string }[];
  /** APIs that answered (a 404 is an answer). */
  answered: number;
  /** APIs that had nothing to search by. */
  unsearchable: number;
};

const identity = (work: CslWork) => `t:${words(work.title ?? '').join(' ')}|${issuedYear(work) ?? ''}`;

/** Works from several APIs as candidates: merged when the same, scored, best first. */
export function rankCandidates(ref: Wanted, found: readonly { api: ApiName; work: CslWork }[]): Candidate[] {
  type Group = { work: CslWork; sources: ApiName[] };
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  for (const { api, work } of found) {
    const doiKey = work.DOI ? `doi:${work.DOI.toLowerCase()}` : undefined;
    const titleKey = work.title ? identity(work) : undefined;
    let group = doiKey ? byKey.get(doiKey) : undefined;
    // Same title and year is the same work only when one of the two lacks a DOI.
    const byTitle = titleKey ? byKey.get(titleKey) : undefined;
    if (!group && byTitle && !(work.DOI && byTitle.work.DOI)) group = byTitle;
    if (group) {
      const gaps = Object.entries(work).filter(([field, value]) => group!.work[field] === undefined && value !== undefined);
      for (const [field, value] of gaps) group.work[field] = value;
      // `source` names every database the record took fields from.
      if (gaps.length > 0 && work.source && !group.work.source?.includes(work.source)) group.work.source = `${group.work.source} + ${work.source}`;
      if (!group.sources.includes(api)) group.sources.push(api);
    } else {
      group = { work: { ...work }, sources: [api] };
      groups.push(group);
    }
    for (const k of [doiKey, titleKey]) if (k && !byKey.has(k)) byKey.set(k, group);
  }
  const order = (c: Candidate) => `${c.sources[0] === 'crossref' ? 0 : 1}${c.work.DOI ?? ''}${c.work.title ?? ''}`;
  return groups
    .map((g) => ({ ...g, ...scoreCandidate(ref, g.work) }))
    .sort((a, b) => b.confidence - a.confidence || (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

/** Asks every API about `ref`. API failures are collected, not thrown. */
export async function lookUp(ref: Wanted, client: PoliteClient, apiList: readonly Api[]): Promise<Lookup> {
  const lookup: Lookup = { candidates: [], failures: [], answered: 0, unsearchable: 0 };
  const found: { api: ApiName; work: CslWork }[] = [];
  for (const api of apiList) {
    const path = api.request(ref);
    if (path === null) {
      lookup.unsearchable++;
      continue;
    }
    try {
      const answer = await client.get(`${api.baseUrl.replace(/\/+$/, '')}${path}`, api.polite);
      lookup.answered++;
      if (answer.status !== 404) for (const work of api.works(answer.body)) found.push({ api: api.name, work });
    } catch (error) {
      if (!(error instanceof LookupFailure)) throw error;
      lookup.failures.push({ api: api.name, reason: error.message });
    }
  }
  lookup.candidates = rankCandidates(ref, found);
  return lookup;
}
