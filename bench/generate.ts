/**
 * `node bench/generate.ts --n 1000 --out DIR [--seed 1]`: writes N synthetic
 * papers as raw source pages into DIR. Deterministic for a given seed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CorpusWriter } from './generate/papers.ts';
import { seeded } from './generate/random.ts';

export function generateCorpus(n: number, out: string, seed = 1, seedSources = join(import.meta.dirname, '../content/sources')): { files: number; bytes: number } {
  mkdirSync(out, { recursive: true });
  const writer = new CorpusWriter(seeded(seed), seedSources);
  let files = 0;
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    for (const page of writer.paper(i)) {
      writeFileSync(join(out, page.name), page.text);
      files++;
      bytes += Buffer.byteLength(page.text);
    }
  }
  return { files, bytes };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { n: { type: 'string', default: '10' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } } });
  if (!values.out) throw new Error('--out DIR is required');
  const r = generateCorpus(Number(values.n), values.out, Number(values.seed));
  process.stdout.write(`generated ${values.n} papers: ${r.files} source pages, ${(r.bytes / 1e6).toFixed(1)} MB in ${values.out}\n`);
}
