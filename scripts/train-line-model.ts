/**
 * `npm run train:lines`: trains the line classifier (src/ingest/stages/line-model.ts)
 * on the fidelity corpus's tuning pages and writes its weights to
 * src/ingest/stages/line-model.json. Deterministic: the same pages give the
 * same weights. The validation pages are never read here.
 *
 * A network with one hidden layer of tanh units and a softmax output, trained
 * by full-batch Adam on a weighted cross-entropy (rare labels count more, so
 * the few furniture lines of a page are not drowned by its body lines).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FEATURES, lineFeatures } from '../src/ingest/stages/line-features.ts';
import { LINE_LABELS, type LineModel, scoreLine } from '../src/ingest/stages/line-model.ts';
import { toBodyLine } from '../src/ingest/stages/page.ts';
import { readSource } from '../src/ingest/stages/read-source.ts';
import { readCorpus } from '../tests/corpus/gold.ts';
import { goldLineLabels } from '../tests/corpus/line-gold.ts';
import { readSplit } from '../tests/corpus/score.ts';
import { seededRandom } from '../src/shared/seeded-random.ts';

const { values } = parseArgs({ options: { hidden: { type: 'string', default: '16' }, epochs: { type: 'string', default: '300' }, seed: { type: 'string', default: '7' }, cv: { type: 'boolean', default: false }, out: { type: 'string' }, l2: { type: 'string', default: '0.01' } } });
const HIDDEN = Number(values.hidden);
const EPOCHS = Number(values.epochs);


export function trainingSet(part: 'tune' | 'validation'): { x: number[][]; y: number[]; layout: string[] } {
  const split = readSplit();
  const { pages } = readCorpus();
  const x: number[][] = [];
  const y: number[] = [];
  const layout: string[] = [];
  for (const page of pages.filter((p) => split.get(p.gold.layout) === part)) {
    const source = readSource(page.name, readFileSync(page.file));
    const lines = source.lines.map(toBodyLine);
    const features = lineFeatures(lines);
    const labels = goldLineLabels(page.gold, lines);
    labels.forEach((label, i) => {
      if (label === undefined || features[i]!.length === 0) return;
      x.push(features[i]!);
      y.push(LINE_LABELS.indexOf(label));
      layout.push(page.gold.layout);
    });
  }
  return { x, y, layout };
}

function train(x: number[][], y: number[]): LineModel {
  const d = FEATURES.length;
  const K = LINE_LABELS.length;
  const n = x.length;
  const mean = Array.from({ length: d }, (_, i) => x.reduce((s, r) => s + r[i]!, 0) / n);
  const std = Array.from({ length: d }, (_, i) => Math.sqrt(x.reduce((s, r) => s + (r[i]! - mean[i]!) ** 2, 0) / n) || 1);
  const z = x.map((r) => r.map((v, i) => (v - mean[i]!) / std[i]!));
  const counts = Array.from({ length: K }, (_, k) => y.filter((v) => v === k).length);
  const weight = counts.map((c) => (c === 0 ? 0 : Math.min(20, Math.sqrt(n / (K * c)))));
  const random = seededRandom(Number(values.seed));
  const init = (fanIn: number) => (random() * 2 - 1) * Math.sqrt(1 / fanIn);
  const w1 = Array.from({ length: HIDDEN }, () => Array.from({ length: d }, () => init(d)));
  const b1 = new Array(HIDDEN).fill(0);
  const w2 = Array.from({ length: K }, () => Array.from({ length: HIDDEN }, () => init(HIDDEN)));
  const b2 = new Array(K).fill(0);
  const params = [w1.flat(), b1, w2.flat(), b2];
  const m = params.map((p) => new Float64Array(p.length));
  const v = params.map((p) => new Float64Array(p.length));
  const [lr, beta1, beta2, eps, l2] = [0.01, 0.9, 0.999, 1e-8, Number(values.l2)];
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    const gw1 = Array.from({ length: HIDDEN }, () => new Float64Array(d));
    const gb1 = new Float64Array(HIDDEN);
    const gw2 = Array.from({ length: K }, () => new Float64Array(HIDDEN));
    const gb2 = new Float64Array(K);
    let loss = 0;
    let total = 0;
    for (let s = 0; s < n; s++) {
      const xi = z[s]!;
      const h = b1.map((b, j) => {
        let a = b;
        const w = w1[j]!;
        for (let i = 0; i < d; i++) a += w[i]! * xi[i]!;
        return Math.tanh(a);
      });
      const logits = b2.map((b, k) => {
        let a = b;
        const w = w2[k]!;
        for (let j = 0; j < HIDDEN; j++) a += w[j]! * h[j]!;
        return a;
      });
      const top = Math.max(...logits);
      const e = logits.map((l) => Math.exp(l - top));
      const sum = e.reduce((a, b) => a + b, 0);
      const p = e.map((v) => v / sum);
      const w = weight[y[s]!]!;
      loss -= w * Math.log(p[y[s]!]! + 1e-12);
      total += w;
      const dlogit = p.map((pk, k) => w * (pk - (k === y[s] ? 1 : 0)));
      const dh = new Array(HIDDEN).fill(0);
      for (let k = 0; k < K; k++) {
        gb2[k]! += dlogit[k]!;
        const row = gw2[k]!;
        const wk = w2[k]!;
        for (let j = 0; j < HIDDEN; j++) {
          row[j]! += dlogit[k]! * h[j]!;
          dh[j] += dlogit[k]! * wk[j]!;
        }
      }
      for (let j = 0; j < HIDDEN; j++) {
        const g = dh[j] * (1 - h[j]! * h[j]!);
        gb1[j]! += g;
        const row = gw1[j]!;
        for (let i = 0; i < d; i++) row[i]! += g * xi[i]!;
      }
    }
    const grads = [gw1.flatMap((r) => [...r]), [...gb1], gw2.flatMap((r) => [...r]), [...gb2]];
    const flat = [w1.flat(), b1, w2.flat(), b2];
    flat.forEach((values, g) => {
      for (let i = 0; i < values.length; i++) {
        const grad = grads[g]![i]! / total + (g % 2 === 0 ? l2 * values[i]! : 0);
        m[g]![i] = beta1 * m[g]![i]! + (1 - beta1) * grad;
        v[g]![i] = beta2 * v[g]![i]! + (1 - beta2) * grad * grad;
        const mh = m[g]![i]! / (1 - beta1 ** epoch);
        const vh = v[g]![i]! / (1 - beta2 ** epoch);
        values[i] = values[i]! - (lr * mh) / (Math.sqrt(vh) + eps);
      }
    });
    // Back into the matrices.
    flat[0]!.forEach((val, i) => (w1[Math.floor(i / d)]![i % d] = val));
    flat[1]!.forEach((val, i) => (b1[i] = val));
    flat[2]!.forEach((val, i) => (w2[Math.floor(i / HIDDEN)]![i % HIDDEN] = val));
    flat[3]!.forEach((val, i) => (b2[i] = val));
    if (epoch % 100 === 0 && values.out !== '-') process.stderr.write(`epoch ${epoch}: loss ${(loss / total).toFixed(4)}\n`);
  }
  const round = (a: number[]) => a.map((v) => Number(v.toPrecision(6)));
  return { features: FEATURES, labels: LINE_LABELS, mean: round(mean), std: round(std), w1: w1.map(round), b1: round(b1), w2: w2.map(round), b2: round(b2) };
}

function report(model: LineModel, x: number[][], y: number[], what: string): void {
  const K = LINE_LABELS.length;
  const confusion = Array.from({ length: K }, () => new Array(K).fill(0));
  x.forEach((row, s) => {
    const p = scoreLine(model, row);
    const best = p.indexOf(Math.max(...p));
    confusion[y[s]!]![best]++;
  });
  const correct = confusion.reduce((a, row, k) => a + row[k], 0);
  // What the reader sees: text (body or heading) kept, furniture removed, whatever the furniture's kind.
  const text = (k: number) => k <= 1;
  let kept = 0;
  confusion.forEach((row, k) => row.forEach((c, j) => (kept += text(k) === text(j) ? c : 0)));
  process.stdout.write(`${what}: ${x.length} lines, accuracy ${(correct / x.length).toFixed(3)}, text/furniture ${(kept / x.length).toFixed(3)}\n`);
  LINE_LABELS.forEach((label, k) => {
    const row = confusion[k]!;
    const support = row.reduce((a, b) => a + b, 0);
    const predicted = confusion.reduce((a, r) => a + r[k], 0);
    if (support === 0 && predicted === 0) return;
    process.stdout.write(`  ${label.padEnd(16)} recall ${(support ? row[k] / support : 0).toFixed(2)}  precision ${(predicted ? row[k] / predicted : 0).toFixed(2)}  (${support} lines)\n`);
  });
}

if (import.meta.main && values.cv) {
  // Cross-validation within the tuning pages, by layout: an estimate of how the model does on layouts it has not seen.
  const { x, y, layout } = trainingSet('tune');
  const layouts = [...new Set(layout)].sort();
  const folds = 5;
  const px: number[][] = [];
  const py: number[] = [];
  for (let f = 0; f < folds; f++) {
    const held = new Set(layouts.filter((_, i) => i % folds === f));
    const trainIdx = x.map((_, i) => i).filter((i) => !held.has(layout[i]!));
    const testIdx = x.map((_, i) => i).filter((i) => held.has(layout[i]!));
    const model = train(trainIdx.map((i) => x[i]!), trainIdx.map((i) => y[i]!));
    for (const i of testIdx) {
      px.push(x[i]!);
      py.push(y[i]!);
    }
    (globalThis as { folds?: LineModel[] }).folds = [...((globalThis as { folds?: LineModel[] }).folds ?? []), model];
    report(model, testIdx.map((i) => x[i]!), testIdx.map((i) => y[i]!), `fold ${f + 1} (${held.size} layouts held out)`);
  }
} else if (import.meta.main) {
  const { x, y } = trainingSet('tune');
  const model = train(x, y);
  const json = `${JSON.stringify(model)}\n`;
  // --out - writes the weights to standard output (the test that they can be rebuilt compares them).
  if (values.out === '-') process.stdout.write(json);
  else {
    writeFileSync(values.out ?? join(import.meta.dirname, '../src/ingest/stages/line-model.json'), json);
    report(model, x, y, 'tuning pages (trained on)');
  }
}
