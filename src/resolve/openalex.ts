/**
 * OpenAlex's API (api.openalex.org): the request for a reference and the
 * CSL-JSON works in its answer. `GET /works/doi:{doi}` answers with one work
 * object; a list answers `{meta, results: [...]}`. A work has `display_name`,
 * `authorships[{author{display_name}, raw_author_name}]`, `publication_year`,
 * `publication_date`, `primary_location{source{display_name,
 * host_organization_name, type}, landing_page_url}`, `biblio{volume, issue,
 * first_page, last_page}`, `doi` (as a URL) and OpenAlex's `type`.
 */
import type { CslName, CslWork } from './csl.ts';
import { bareDoi, cleanText, issuedYear } from './csl.ts';
import { doiPath } from './crossref.ts';
import type { Wanted } from './references.ts';

export const OPENALEX_URL = 'https://api.openalex.org';

type OpenAlexWork = {
  display_name?: string;
  title?: string;
  type?: string;
  publication_year?: number;
  publication_date?: string;
  doi?: string;
  authorships?: { author?: { display_name?: string }; raw_author_name?: string }[];
  primary_location?: { landing_page_url?: string; source?: { display_name?: string; host_organization_name?: string; type?: string } | null } | null;
  biblio?: { volume?: string | null; issue?: string | null; first_page?: string | null; last_page?: string | null };
};

/** Values in an OpenAlex filter may not hold its separators. */
const filterValue = (text: string) => text.replace(/[,:|]/g, ' ').trim();

/**
 * The request (path and query, after the base URL) for `ref`, or null with
 * nothing to search by. With a title: full-text `search` within the year;
 * with only authors and year: a filter on the first author's byline, which
 * OpenAlex prices as a cheaper list request.
 */
export function openalexRequest(ref: Wanted): string | null {
  if (ref.DOI) return `/works/doi:${doiPath(ref.DOI)}`;
  const families = (ref.author ?? []).map((a) => a.family).filter(Boolean);
  const year = issuedYear(ref);
  if (!ref.title && families.length === 0) return null;
  const filters: string[] = [];
  if (!ref.title) filters.push(`raw_author_name.search:${filterValue(families[0]!)}`);
  if (year !== undefined) filters.push(`publication_year:${year}`);
  const query = new URLSearchParams();
  if (ref.title) query.set('search', ref.title);
  if (filters.length > 0) query.set('filter', filters.join(','));
  query.set('per-page', '5');
  return `/works?${query}`;
}

const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'del', 'della', 'di', 'da', 'das', 'dos', 'du', 'le', 'la', 'ter', 'ten', 'af', 'al', 'el']);

/** "Ana María van der Berg" -> {given: "Ana María", family: "van der Berg"}; "Berg, Ana" likewise. */
export function splitName(display: string): CslName {
  const name = display.replace(/\s+/g, ' ').trim();
  const comma = name.indexOf(',');
  if (comma > 0) {
    const given = name.slice(comma + 1).trim();
    return given ? { family: name.slice(0, comma).trim(), given } : { family: name.slice(0, comma).trim() };
  }
  const parts = name.split(' ');
  let start = parts.length - 1;
  while (start > 1 && PARTICLES.has(parts[start - 1]!.toLowerCase())) start--;
  const given = parts.slice(0, start).join(' ');
  const family = parts.slice(start).join(' ');
  return given ? { family, given } : { family };
}

function type(work: OpenAlexWork): string {
  switch (work.type) {
    case 'article':
      return work.primary_location?.source?.type === 'journal' ? 'article-journal' : 'article';
    case 'book':
      return 'book';
    case 'book-chapter':
      return 'chapter';
    case 'report':
      return 'report';
    case 'dissertation':
      return 'thesis';
    case 'preprint':
      return 'article';
    case 'dataset':
      return 'dataset';
    default:
      return 'document';
  }
}

function issued(work: OpenAlexWork): CslWork['issued'] {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(work.publication_date ?? '');
  if (date && Number(date[1]) === work.publication_year) return { 'date-parts': [[Number(date[1]), Number(date[2]), Number(date[3])]] };
  return typeof work.publication_year === 'number' ? { 'date-parts': [[work.publication_year]] } : undefined;
}

/** One OpenAlex work as CSL-JSON. */
export function fromOpenAlex(work: OpenAlexWork): CslWork {
  const author = (work.authorships ?? [])
    .map((a) => cleanText(a.author?.display_name) ?? cleanText(a.raw_author_name))
    .filter((n): n is string => !!n)
    .map(splitName);
  const biblio = work.biblio ?? {};
  const first = cleanText(biblio.first_page);
  const last = cleanText(biblio.last_page);
  const doi = bareDoi(work.doi);
  const source = work.primary_location?.source;
  return {
    type: type(work),
    author: author.length > 0 ? author : undefined,
    title: cleanText(work.display_name) ?? cleanText(work.title),
    'container-title': cleanText(source?.display_name),
    volume: cleanText(biblio.volume),
    issue: cleanText(biblio.issue),
    page: first && last && last !== first ? `${first}-${last}` : first,
    publisher: cleanText(source?.host_organization_name),
    DOI: doi,
    URL: doi ? `https://doi.org/${doi}` : cleanText(work.primary_location?.landing_page_url),
    issued: issued(work),
    source: 'OpenAlex',
  };
}

/** The works in an OpenAlex answer (one work object, or a list with `results`). */
export function openalexWorks(body: unknown): CslWork[] {
  if (!body || typeof body !== 'object') return [];
  const answer = body as { results?: OpenAlexWork[] } & OpenAlexWork;
  if (Array.isArray(answer.results)) return answer.results.map(fromOpenAlex);
  return answer.display_name || answer.title ? [fromOpenAlex(answer)] : [];
}
