/**
 * `node scripts/explain-lines.ts FILE...`: each line of a source page with the
 * label the line classifier gives it and how sure it is, to see why a line
 * was kept or dropped.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { lineFeatures } from '../src/ingest/stages/line-features.ts';
import { labelLines } from '../src/ingest/stages/line-model.ts';
import { toBodyLine } from '../src/ingest/stages/page.ts';
import { readSource } from '../src/ingest/stages/read-source.ts';

for (const file of process.argv.slice(2)) {
  const lines = readSource(basename(file), readFileSync(file)).lines.map(toBodyLine);
  const labels = labelLines(lineFeatures(lines));
  process.stdout.write(`== ${file}\n`);
  lines.forEach((line, i) => {
    const l = labels[i];
    process.stdout.write(`${String(line.number).padStart(4)} ${(l?.label ?? '').padEnd(15)} ${l ? l.p.toFixed(2) : '    '}  ${line.clean.slice(0, 110)}\n`);
  });
}
