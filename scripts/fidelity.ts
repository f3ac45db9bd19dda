/**
 * `npm run fidelity`: the ingest scored on the fidelity corpus (tests/corpus/),
 * per dimension and overall, for the tuning part and the validation part,
 * with the worst pages, false positives and crashes. Exits 1 when the
 * validation part falls below the floor that has been reached
 * (bench/results/fidelity-floor.json), so CI catches a regression; the
 * issue's targets are printed beside it.
 *
 *   npm run -s fidelity                 the report
 *   npm run -s fidelity -- --worst 20   more of the worst pages
 *   npm run -s fidelity -- --write      also write bench/results/fidelity.md
 *   npm run -s fidelity -- --raise      raise the floor to what this run reached
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DIMENSIONS, type Dimension, type PartScore, scoreCorpus } from '../tests/corpus/score.ts';

const ROOT = join(import.meta.dirname, '..');
const FLOOR = join(ROOT, 'bench/results/fidelity-floor.json');
const TARGETS = { overall: 0.95, dimension: 0.9 };

const { values } = parseArgs({ options: { worst: { type: 'string', default: '8' }, write: { type: 'boolean', default: false }, raise: { type: 'boolean', default: false } } });

const fmt = (v: number | null) => (v === null ? '  -  ' : v.toFixed(2));

function report(parts: PartScore[]): string {
  const lines: string[] = [];
  lines.push(`| dimension | ${parts.map((p) => `${p.part} (${p.pages} pages, ${p.layouts} layouts)`).join(' | ')} |`);
  lines.push(`| --- | ${parts.map(() => '---').join(' | ')} |`);
  for (const d of DIMENSIONS) lines.push(`| ${d} | ${parts.map((p) => fmt(p.dimensions[d])).join(' | ')} |`);
  lines.push(`| **overall** | ${parts.map((p) => `**${fmt(p.overall)}**`).join(' | ')} |`);
  lines.push(`| crashes / pages refused | ${parts.map((p) => `${p.crashes} / ${p.refused}`).join(' | ')} |`);
  lines.push(`| invented headings / citations / metadata fields | ${parts.map((p) => `${p.falsePositives.headings} / ${p.falsePositives.citations} / ${p.falsePositives.metadata}`).join(' | ')} |`);
  lines.push(`| lines dropped that are not furniture | ${parts.map((p) => String(p.falsePositives.furniture)).join(' | ')} |`);
  return lines.join('\n');
}

function worst(part: PartScore, n: number): string {
  return part.pageScores
    .slice(0, n)
    .map((p) => `  ${p.mean.toFixed(2)}  ${p.name}  ${p.notes.slice(0, 3).join('; ')}`)
    .join('\n');
}

const parts = scoreCorpus();
const [tune, validation] = parts as [PartScore, PartScore];
process.stdout.write(`Fidelity of the ingest on the corpus (tests/corpus/)\n\n${report(parts)}\n\n`);
process.stdout.write(`Worst tuning pages:\n${worst(tune, Number(values.worst))}\n\n`);
process.stdout.write(`Targets on the validation part: overall >= ${TARGETS.overall}, every dimension >= ${TARGETS.dimension}, no crash, no invented metadata, grouping 1.00.\n`);

const missed = [
  ...(validation.overall < TARGETS.overall ? [`overall ${fmt(validation.overall)}`] : []),
  ...DIMENSIONS.filter((d) => (validation.dimensions[d] ?? 1) < TARGETS.dimension).map((d) => `${d} ${fmt(validation.dimensions[d])}`),
  ...(validation.crashes > 0 ? [`${validation.crashes} crashes`] : []),
  ...(validation.falsePositives.metadata > 0 ? [`${validation.falsePositives.metadata} invented metadata fields`] : []),
];

type Floor = { overall: number; dimensions: Partial<Record<Dimension, number>>; crashes: number };
let floor: Floor | undefined;
try {
  floor = JSON.parse(readFileSync(FLOOR, 'utf8')) as Floor;
} catch {
  floor = undefined;
}
const reached: Floor = { overall: Number(validation.overall.toFixed(3)), dimensions: Object.fromEntries(DIMENSIONS.map((d) => [d, Number((validation.dimensions[d] ?? 1).toFixed(3))])), crashes: validation.crashes };
if (values.raise || !floor) {
  writeFileSync(FLOOR, `${JSON.stringify(reached, null, 2)}\n`);
  floor = reached;
}
// A little slack for rounding; a real regression is larger.
const below = [
  ...(validation.overall < floor.overall - 0.005 ? [`overall ${fmt(validation.overall)} < ${floor.overall}`] : []),
  ...DIMENSIONS.filter((d) => (validation.dimensions[d] ?? 1) < (floor!.dimensions[d] ?? 0) - 0.005).map((d) => `${d} ${fmt(validation.dimensions[d])} < ${floor!.dimensions[d]}`),
  ...(validation.crashes > floor.crashes ? [`${validation.crashes} crashes > ${floor.crashes}`] : []),
];

if (values.write) {
  writeFileSync(
    join(ROOT, 'bench/results/fidelity.md'),
    `# Fidelity of the ingest\n\nFrom \`npm run -s fidelity -- --write\` on the corpus in [tests/corpus/](../../tests/corpus/README.md): ` +
      `each part ingested as one collection, pages compared with their gold annotations. The validation part is not looked at while the parser changes.\n\n` +
      `${report(parts)}\n\nTargets on the validation part: overall at least ${TARGETS.overall}, every dimension at least ${TARGETS.dimension}, ` +
      `no crash, no invented metadata field, grouping 1.00. ${missed.length === 0 ? 'All met.' : `Not yet met: ${missed.join(', ')}.`}\n\n` +
      `## Worst tuning pages\n\n\`\`\`\n${worst(tune, 15)}\n\`\`\`\n`,
  );
}

process.stdout.write(missed.length === 0 ? 'All targets met.\n' : `Not yet met: ${missed.join(', ')}.\n`);
if (below.length > 0) {
  process.stdout.write(`REGRESSION below the floor reached before (${FLOOR.slice(ROOT.length + 1)}): ${below.join(', ')}\n`);
  process.exit(1);
}
process.stdout.write(`fidelity: validation overall ${fmt(validation.overall)} (tune ${fmt(tune.overall)}), no regression below the floor\n`);
