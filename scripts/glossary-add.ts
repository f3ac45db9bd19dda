/**
 * `npm run glossary:add -- TERM`: a curated glossary entry for a term the
 * collection defines, pre-filled from the entry the ingest found
 * (content/glossary-found/): its term, aliases, the defining passage as the
 * definition to edit, and where it stands. The curated entry then overrides
 * the found one. Refuses to overwrite an entry a curator already has.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify, parse } from 'yaml';
import { config } from '../src/shared/config.ts';

const { positionals } = parseArgs({ allowPositionals: true });
const wanted = positionals.join(' ').trim();
const key = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\s\-‐‑]+/gu, '');
const fail = (message: string): never => {
  process.stderr.write(`glossary:add: ${message}\n`);
  process.exit(1);
};

if (!wanted) fail('name the term: npm run glossary:add -- "digital value chains"');
const found = existsSync(config.glossaryFound) ? readdirSync(config.glossaryFound).filter((f) => f.endsWith('.md')).sort() : [];
const entries = found.map((f) => ({ slug: f.slice(0, -3), data: parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(config.glossaryFound, f), 'utf8'))![1]!) as Record<string, unknown> }));
const entry = entries.find((e) => [e.data.term, ...((e.data.aliases as string[] | undefined) ?? [])].some((t) => key(String(t)) === key(wanted)));
if (!entry) fail(`the collection defines no term "${wanted}" (run \`npm run ingest\` first). Terms it defines: ${entries.map((e) => e.data.term).join(', ') || 'none'}`);
const target = join(config.glossary, `${entry!.slug}.md`);
if (existsSync(target)) fail(`${target} exists already: edit it there`);

const { found: _found, ...data } = entry!.data;
const text = `---\n${stringify({ ...data, category: 'Found in the collection' }, { lineWidth: 0 })}---\nA longer explanation of ${String(data.term)}, in your own words (Markdown; $$…$$ for math). The definition above is the collection's own wording: shorten it to one sentence of yours.\n`;
mkdirSync(config.glossary, { recursive: true });
writeFileSync(target, text);
process.stdout.write(`glossary:add: wrote ${target}; edit it, then rebuild\n`);
