/**
 * Checks every gold annotation of the fidelity corpus against its page,
 * mechanically: each furniture line is a real line of the page, each heading,
 * citation, term, dollar amount and snippet occurs in it, each hyphenated word
 * is really broken at a line end there, metadata values are printed on it.
 *
 *   npx node tests/corpus/check.ts [FOLDER]     exit 1 and a list of problems, or a count
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CORPUS_DIR, type CorpusPage, readCorpus } from './gold.ts';

/** Lowercase, one space for any run of white space; for "does it occur" checks across line breaks. */
export function flat(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** The page with line-end hyphens resolved both ways, so a wrapped snippet is still found. */
function joinedVariants(text: string): string[] {
  // A URL or DOI broken at a line end is joined without a space.
  const lines = text.replace(/\r\n?/g, '\n').replace(/((?:https?:\/\/|doi:|\b10\.\d{4,}\/)\S*)\n\s*(?=\S)/gu, '$1');
  return [flat(lines), flat(lines.replace(/(\p{L})[-\u00ad]\s*\n\s*(\p{L})/gu, '$1$2')), flat(lines.replace(/(\p{L})([-\u00ad])\s*\n\s*(\p{L})/gu, '$1-$3'))];
}

function decode(path: string, encoding: string | undefined): string {
  const bytes = readFileSync(path);
  if (encoding && !/^utf-?8$/i.test(encoding)) {
    try {
      return new TextDecoder(encoding.toLowerCase()).decode(bytes);
    } catch {
      return bytes.toString('latin1');
    }
  }
  return bytes.toString('utf8').replace(/^\ufeff/, '');
}

export function checkPage(page: CorpusPage): string[] {
  const problems: string[] = [];
  const say = (what: string) => problems.push(`${page.name}: ${what}`);
  const text = decode(page.file, page.gold.encoding);
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim());
  const lineSet = new Set(lines);
  const variants = joinedVariants(text);
  const occurs = (snippet: string) => variants.some((v) => v.includes(flat(snippet)));
  const g = page.gold;

  for (const f of g.furniture ?? []) if (!lineSet.has(f.line.trim())) say(`furniture line is not a line of the page: ${JSON.stringify(f.line)}`);
  for (const h of g.headings ?? []) if (!occurs(h)) say(`heading not on the page: ${JSON.stringify(h)}`);
  for (const c of g.citations ?? []) if (!occurs(c.text)) say(`citation not on the page: ${JSON.stringify(c.text)}`);
  for (const t of g.terms ?? []) {
    if (!occurs(t.term)) say(`term not on the page: ${JSON.stringify(t.term)}`);
    if (t.expansion && !occurs(t.expansion)) say(`expansion not on the page: ${JSON.stringify(t.expansion)}`);
  }
  for (const d of g.dollars ?? []) if (!occurs(d)) say(`dollar amount not on the page: ${JSON.stringify(d)}`);
  for (const s of g.must_contain ?? []) if (!occurs(s)) say(`must_contain snippet not on the page: ${JSON.stringify(s)}`);
  for (const w of g.hyphenation?.join ?? []) {
    const broken = new RegExp(`(^|[^\\p{L}])${[...w].map((_, i) => (i === 0 ? '' : `(?:${escape(w.slice(0, i))}[-\\u00ad]\\s*\\n\\s*${escape(w.slice(i))})`)).filter(Boolean).join('|')}`, 'iu');
    if (!broken.test(text.replace(/\r\n?/g, '\n'))) say(`"${w}" is not broken by a hyphen at a line end on the page`);
  }
  for (const w of g.hyphenation?.keep ?? []) {
    const parts = w.split('-');
    const found = parts.slice(1).some((_, i) => new RegExp(`${escape(parts.slice(0, i + 1).join('-'))}-\\s*\\n\\s*${escape(parts.slice(i + 1).join('-'))}`, 'iu').test(text));
    if (!found) say(`compound "${w}" is not broken at its hyphen at a line end on the page`);
  }
  const m = g.metadata ?? {};
  for (const key of ['title', 'container-title', 'doi', 'issn'] as const) {
    const value = m[key];
    if (value && !occurs(value)) say(`metadata ${key} is not printed on the page: ${JSON.stringify(value)}`);
  }
  for (const t of m.title_also ?? []) if (!occurs(t)) say(`metadata title_also is not printed on the page: ${JSON.stringify(t)}`);
  for (const a of m.authors ?? []) if (!occurs(a.family)) say(`author family name is not printed on the page: ${JSON.stringify(a.family)}`);
  for (const key of ['volume', 'issue', 'year'] as const) {
    const value = m[key];
    if (value && !text.includes(value)) say(`metadata ${key} is not printed on the page: ${JSON.stringify(value)}`);
  }
  if (m.pages) for (const n of m.pages.split(/[-–]/)) if (!text.includes(n)) say(`page range end ${n} is not printed on the page`);
  if (g.page !== undefined && g.page !== null && !text.includes(String(g.page))) say(`printed page number ${g.page} is not on the page`);
  // An entry that runs on to the next page's file is annotated whole where it begins (the page's notes say so).
  const continues = /continues on/i.test(g.notes ?? '');
  for (const r of g.references ?? []) {
    if (!occurs(r.entry) && !(continues && occurs(r.entry.slice(0, 40)))) say(`reference entry not on the page: ${JSON.stringify(r.entry.slice(0, 60))}`);
    if (r.csl.title && !occurs(r.csl.title)) say(`reference title not in its entry: ${JSON.stringify(r.csl.title)}`);
    if (r.csl.title && !flat(r.entry).includes(flat(r.csl.title))) say(`reference title not in its entry text: ${JSON.stringify(r.csl.title)}`);
    // "———." stands for the previous entry's authors, whom the CSL names.
    const sameAuthors = /^[-—–_]{2,}/u.test(r.entry.trim());
    for (const a of r.csl.author ?? []) if ('family' in a && !sameAuthors && !flat(r.entry).includes(flat(a.family))) say(`reference author ${a.family} not in its entry`);
    const year = r.csl.issued?.['date-parts'][0]?.[0];
    if (year !== undefined && !r.entry.includes(String(year))) say(`reference year ${year} not in its entry`);
    if (r.csl.DOI && !flat(r.entry).includes(flat(r.csl.DOI))) say(`reference DOI not in its entry: ${r.csl.DOI}`);
  }
  if (g.paragraphs_ok && g.paragraphs !== undefined && !g.paragraphs_ok.includes(g.paragraphs)) say('paragraphs_ok does not include paragraphs');
  return problems;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function checkCorpus(dir: string = CORPUS_DIR): { pages: number; problems: string[] } {
  const { pages, problems } = readCorpus(dir);
  const groups = new Map<string, Set<string>>();
  for (const p of pages) {
    problems.push(...checkPage(p));
    if (p.gold.group) {
      const layouts = groups.get(p.gold.group) ?? new Set();
      layouts.add(p.gold.layout);
      groups.set(p.gold.group, layouts);
    }
  }
  return { pages: pages.length, problems };
}

if (import.meta.main) {
  const dir = process.argv[2] ? resolve(process.argv[2]) : CORPUS_DIR;
  const { pages, problems } = checkCorpus(dir);
  for (const p of problems) process.stderr.write(`${p}\n`);
  process.stdout.write(`corpus check: ${pages} pages, ${problems.length} problems${dir === CORPUS_DIR ? '' : ` (in ${join(dir)})`}\n`);
  process.exit(problems.length > 0 ? 1 : 0);
}
