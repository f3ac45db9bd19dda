/**
 * Mechanical check of the glossary gold data (see README.md beside this file).
 *
 *   cd /work/main && npx node tests/glossary/check.ts            # check every collection and the seeds
 *   npx node tests/glossary/check.ts --dump climate-finance      # print each page's joined text as JSON
 *   npx node tests/glossary/check.ts --dump content/sources      # the same for any folder of pages
 *
 * It checks that every `source` exists, that every quote occurs verbatim in its
 * source once the page's furniture lines are removed and its lines are joined
 * (the join rule is the one README.md states), that every alias occurs in the
 * collection, that every definition quote names its term, and that each
 * invented collection has at least 22 pages. Exit code 1 on any error.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = join(HERE, '..', '..');
const PATTERNS = new Set(['abbreviation', 'copula', 'appositive', 'by-we-mean', 'so-called', 'quoted-gloss', 'cross-sentence']);
const MIN_PAGES = 22;

// ---------------------------------------------------------------- furniture

const VIEWER = /^Page\s+\d{1,4}\s+[-–—|]\s+\S.*$/u;
const PAGE_LABEL = /^(?:P|p|Page|S)\.?\s*\d{1,4}$/u;
const JOURNAL = /\bpp?\.\s*\d+\s*[-–—]\s*\d+\.?$/u;
const FOOT = /^[-–—\s]*\d{1,4}[-–—\s]*$/u;
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
const HEAD = new RegExp(String.raw`^${NAME}(?:(?:\s*,\s*|\s+(?:and|y|et|und)\s+|\s*&\s*)${NAME})*(?:\s+et al\.?)?:\s+\S.*[^.]$`, 'u');
const BYLINE = /^(?:By|Von|Por|Par|Author|Authors|Autor|Autora|Auteur|Autrice|Autorin|Written by|作者)\b\s*[:：]?\s*\S/u;
const FOOTER = /©|copyright|all rights reserved|版权所有|tous droits réservés|todos los derechos reservados|alle rechte vorbehalten/iu;

const words = (s: string) => (s.match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? []).length;
const endsSentence = (s: string) => /[.?!:]["”’»)\]]*$/u.test(s);
const isParagraph = (s: string) => !FOOTER.test(s) && (words(s) >= 20 || (words(s) >= 8 && endsSentence(s)) || /[\u3400-\u9fff]{30}/u.test(s));

const MINOR = new Set('a an and as at but by for from in into nor of on onto or over per the to up via vs with within its their under versus'.split(' '));
/** A wrapped running head's second line reads as title words: most content words capitalised, no sentence end. */
function continuesHead(line: string): boolean {
  if (/[.,;:]$/u.test(line) || /^\d/u.test(line)) return false;
  const content = (line.match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((w) => !MINOR.has(w.toLowerCase()));
  return content.length >= 3 && content.filter((w) => /^\p{Lu}/u.test(w)).length / content.length >= 0.8;
}

export type PageKind = 'pdf-page' | 'web-article';

/** The body lines of a page (furniture removed), blank lines kept as paragraph breaks. */
export function bodyLines(text: string): { kind: PageKind; lines: string[] } {
  const all = text.replace(/^\ufeff/, '').split(/\r?\n/).map((l) => l.replace(/\s+$/u, ''));
  const filled = all.map((l, i) => [l.trim(), i] as const).filter(([t]) => t !== '');
  const top = filled.slice(0, 4).map(([t]) => t);
  const last = filled.at(-1)?.[0] ?? '';
  const pdf = top.some((t) => VIEWER.test(t) || PAGE_LABEL.test(t) || JOURNAL.test(t)) || FOOT.test(last);
  if (pdf) {
    let start = 0;
    let head = false;
    while (start < filled.length) {
      const t = filled[start]![0];
      if (VIEWER.test(t) || PAGE_LABEL.test(t) || (JOURNAL.test(t) && /\b(?:V|Vol|Volume)\.?\s*\d/u.test(t))) start++;
      else if (!head && start < 4 && HEAD.test(t) && t.indexOf(': ') < 80) {
        head = true;
        start++;
        // a long head may wrap: "Li Ting: The Impact of ..." / "on the Reshaping of the Global Value Chain ..."
        const next = filled[start]?.[0];
        if (next && t.length >= 80 && continuesHead(next)) start++;
      } else break;
    }
    let end = filled.length;
    if (end > start && FOOT.test(filled[end - 1]![0])) end--;
    const from = filled[start]?.[1] ?? all.length;
    const to = end > start ? filled[end - 1]![1] : from - 1;
    return { kind: 'pdf-page', lines: all.slice(from, to + 1).map((l) => l.trim()) };
  }
  const paras = filled.map(([t]) => isParagraph(t));
  const first = paras.indexOf(true);
  const lastPara = paras.lastIndexOf(true);
  if (first === -1) return { kind: 'web-article', lines: [] };
  const from = filled[first]![1];
  const to = filled[lastPara]![1];
  return { kind: 'web-article', lines: all.slice(from, to + 1).map((l) => l.trim()) };
}

// ---------------------------------------------------------------- joining

/** Does the collection print `compound` ("fixed-income") unbroken, as a word, on some line? */
export type CompoundLookup = (compound: string) => boolean;

export function compoundLookup(texts: string[]): CompoundLookup {
  const hay = texts.join('\n').toLowerCase();
  const memo = new Map<string, boolean>();
  return (compound) => {
    const c = compound.toLowerCase();
    let hit = memo.get(c);
    if (hit === undefined) {
      const esc = c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      hit = new RegExp(String.raw`(?<![\p{L}])${esc}(?![\p{L}])`, 'u').test(hay);
      memo.set(c, hit);
    }
    return hit;
  };
}

/**
 * Join body lines into one string: single spaces between lines (and between
 * paragraphs); a line-end hyphen between letters, before a lowercase letter,
 * is dropped ("instru-" + "ment") unless the word goes on as a compound
 * ("high-" + "value-added") or the collection prints the hyphenated compound
 * unbroken elsewhere ("fixed-" + "income" when "fixed-income" occurs); a
 * hyphen or dash before a capital or digit ("EU-" + "Taxonomie", "COVID-" + "19"),
 * and a line ending in a dash or slash, join without a space.
 */
export function joinLines(lines: string[], hasCompound: CompoundLookup): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim().replace(/\s+/gu, ' ');
    if (line === '') continue;
    if (out === '') {
      out = line;
      continue;
    }
    const broken = /(\p{L}+)-$/u.exec(out);
    if (broken && /^\p{Ll}/u.test(line)) {
      const right = /^[\p{L}-]+/u.exec(line)![0];
      const keep = right.includes('-') || hasCompound(`${broken[1]}-${right}`);
      out = keep ? out + line : out.slice(0, -1) + line;
    } else if ((broken && /^[\p{Lu}\d]/u.test(line)) || /\S[—–/]$/u.test(out)) {
      out += line;
    } else {
      out += ` ${line}`;
    }
  }
  return out;
}

// ---------------------------------------------------------------- gold files

interface Definition {
  source: string;
  quote: string;
  pattern: string;
}
interface Term {
  term: string;
  language: string;
  aliases?: string[];
  definitions?: Definition[];
}
interface Gold {
  field: string;
  languages: string[];
  sources?: { file: string; paper: string; language: string; kind: string }[];
  terms: Term[];
  not_terms?: string[];
  non_definitions?: { term: string; source: string; quote: string }[];
}

const errors: string[] = [];
const err = (where: string, msg: string) => errors.push(`${where}: ${msg}`);

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordRe = (s: string) => new RegExp(String.raw`(?<![\p{L}\p{N}])${esc(s)}(?![\p{L}\p{N}])`, 'iu');
const count = (hay: string, needle: string) => {
  let n = 0;
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) n++;
  return n;
};

function loadPages(dir: string, files: string[]): Map<string, { kind: PageKind; text: string }> {
  const raw = files.map((f) => readFileSync(join(dir, f), 'utf8'));
  const lookup = compoundLookup(raw);
  const pages = new Map<string, { kind: PageKind; text: string }>();
  files.forEach((f, i) => {
    const { kind, lines } = bodyLines(raw[i]!);
    pages.set(f, { kind, text: joinLines(lines, lookup) });
  });
  return pages;
}

function checkGold(label: string, goldPath: string, sourceDir: string, invented: boolean): string[] {
  const report: string[] = [];
  const gold = parse(readFileSync(goldPath, 'utf8')) as Gold;
  const present = existsSync(sourceDir) ? readdirSync(sourceDir).filter((f) => f.endsWith('.txt')).sort() : [];
  // The seeds' gold names only the seed pages; an invented collection owns its folder.
  const named = new Set<string>();
  for (const t of gold.terms) for (const d of t.definitions ?? []) named.add(d.source);
  for (const n of gold.non_definitions ?? []) named.add(n.source);
  for (const s of gold.sources ?? []) named.add(s.file);
  for (const f of named) if (!present.includes(f)) err(label, `source ${f} does not exist in ${sourceDir}`);
  const files = invented ? present : present.filter((f) => named.has(f));
  const pages = loadPages(sourceDir, files);
  const all = [...pages.values()].map((p) => p.text).join('\n');

  if (invented) {
    if (files.length < MIN_PAGES) err(label, `${files.length} pages, fewer than ${MIN_PAGES}`);
    const listed = new Set((gold.sources ?? []).map((s) => s.file));
    for (const f of files) if (!listed.has(f)) err(label, `${f} is not listed under sources:`);
    for (const s of gold.sources ?? []) if (!gold.languages.includes(s.language)) err(label, `${s.file}: language ${s.language} not in languages`);
  }
  for (const [f, p] of pages) if (p.text.length === 0) err(label, `${f}: no body text found`);

  const langOf = new Map((gold.sources ?? []).map((s) => [s.file, s.language]));
  const perPattern = new Map<string, number>();
  const seenTerms = new Set<string>();
  const aliasOwner = new Map<string, string>();
  let defs = 0;
  for (const t of gold.terms) {
    const where = `${label} term "${t.term}"`;
    if (seenTerms.has(t.term.toLowerCase())) err(where, 'listed twice');
    seenTerms.add(t.term.toLowerCase());
    if (!gold.languages.includes(t.language) && invented) err(where, `language ${t.language} not in languages`);
    const names = [t.term, ...(t.aliases ?? [])];
    for (const n of names) {
      const owner = aliasOwner.get(n.toLowerCase());
      if (owner && owner !== t.term) err(where, `"${n}" is also a name of "${owner}"`);
      aliasOwner.set(n.toLowerCase(), t.term);
    }
    for (const a of t.aliases ?? []) if (!wordRe(a).test(all)) err(where, `alias "${a}" occurs nowhere in the collection`);
    if (!names.some((n) => wordRe(n).test(all))) err(where, 'neither the term nor an alias occurs in the collection');
    for (const d of t.definitions ?? []) {
      defs++;
      if (!PATTERNS.has(d.pattern)) err(where, `unknown pattern ${d.pattern}`);
      const page = pages.get(d.source);
      if (!page) continue;
      const n = count(page.text, d.quote);
      if (n === 0) err(where, `quote not found in ${d.source}: "${d.quote}"`);
      if (!names.some((name) => d.quote.toLowerCase().includes(name.toLowerCase())))
        err(where, `quote in ${d.source} names neither the term nor an alias: "${d.quote.slice(0, 80)}"`);
      const key = `${d.pattern} (${langOf.get(d.source) ?? '?'})`;
      perPattern.set(key, (perPattern.get(key) ?? 0) + 1);
    }
  }
  for (const n of gold.non_definitions ?? []) {
    const where = `${label} non-definition of "${n.term}"`;
    const term = gold.terms.find((t) => t.term === n.term);
    if (!term) err(where, 'term is not in terms');
    const page = pages.get(n.source);
    if (page && count(page.text, n.quote) === 0) err(where, `quote not found in ${n.source}: "${n.quote}"`);
    if (term && ![term.term, ...(term.aliases ?? [])].some((name) => n.quote.toLowerCase().includes(name.toLowerCase())))
      err(where, `quote names neither the term nor an alias: "${n.quote.slice(0, 80)}"`);
    for (const t of gold.terms)
      for (const d of t.definitions ?? [])
        if (d.source === n.source && (d.quote.includes(n.quote) || n.quote.includes(d.quote))) err(where, 'overlaps a definition');
  }
  for (const nt of gold.not_terms ?? []) {
    if (aliasOwner.has(nt.toLowerCase())) err(label, `not_term "${nt}" is also a term or alias`);
    if (invented && !wordRe(nt).test(all)) err(label, `not_term "${nt}" occurs nowhere in the collection`);
  }

  const papers = new Set((gold.sources ?? []).map((s) => s.paper));
  const byLang = new Map<string, number>();
  for (const s of gold.sources ?? []) byLang.set(s.language, (byLang.get(s.language) ?? 0) + 1);
  report.push(
    `${label}: ${files.length} pages (${[...byLang].map(([l, n]) => `${l} ${n}`).join(', ') || 'seed pages'}), ` +
      `${papers.size || '-'} papers, ${gold.terms.length} terms, ${defs} definitions, ` +
      `${(gold.non_definitions ?? []).length} non-definitions, ${(gold.not_terms ?? []).length} not_terms`,
  );
  report.push(`  definitions by pattern: ${[...perPattern].sort().map(([k, v]) => `${k} ${v}`).join('; ')}`);
  return report;
}

// ---------------------------------------------------------------- main

const args = process.argv.slice(2);
if (args[0] === '--dump') {
  // a collection name, or any folder of pages (e.g. content/sources)
  const dir = existsSync(join(HERE, args[1]!, 'sources')) ? join(HERE, args[1]!, 'sources') : args[1]!;
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const pages = loadPages(dir, files);
  console.log(JSON.stringify(Object.fromEntries([...pages].map(([f, p]) => [f, p.text])), null, 1));
  process.exit(0);
}

const lines: string[] = [];
const collections = readdirSync(HERE, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(HERE, d.name, 'gold.yaml')))
  .map((d) => d.name)
  .sort();
if (collections.length < 2) err('tests/glossary', `expected at least two collections, found ${collections.length}`);
for (const c of collections) lines.push(...checkGold(c, join(HERE, c, 'gold.yaml'), join(HERE, c, 'sources'), true));
const seeds = join(HERE, 'seeds.gold.yaml');
if (existsSync(seeds)) lines.push(...checkGold(basename(seeds), seeds, join(REPO, 'content', 'sources'), false));
else err('tests/glossary', 'seeds.gold.yaml is missing');

for (const l of lines) console.log(l);
if (errors.length > 0) {
  for (const e of errors) console.error(`error: ${e}`);
  console.error(`${errors.length} error(s)`);
  process.exit(1);
}
console.log('glossary gold: all checks passed');
