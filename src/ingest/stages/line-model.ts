/**
 * The line classifier: what each line of a page is, from a closed set of
 * labels (body text, a heading, or one of the furniture kinds), with a score
 * per label, as GROBID and CERMINE label lines. A small neural network (one
 * hidden layer) over the features of line-features.ts, trained on the
 * fidelity corpus's tuning pages by `npm run train:lines`
 * (scripts/train-line-model.ts), which writes its weights to line-model.json
 * beside this file. Deterministic, linear in the lines, no GPU.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { furnitureKind, type FurnitureKind } from '../../model/schema.ts';
import { FEATURES } from './line-features.ts';

export const LINE_LABELS = ['body', 'heading', ...furnitureKind.options] as const;
export type LineLabel = (typeof LINE_LABELS)[number];

export function isFurniture(label: LineLabel): label is FurnitureKind {
  return label !== 'body' && label !== 'heading';
}

export interface LineModel {
  features: readonly string[];
  labels: readonly string[];
  /** Feature standardisation: (x - mean) / std. */
  mean: number[];
  std: number[];
  /** Hidden layer: hidden[j] = tanh(b1[j] + sum_i w1[j][i] x[i]). */
  w1: number[][];
  b1: number[];
  /** Output layer: score[k] = b2[k] + sum_j w2[k][j] hidden[j], then softmax. */
  w2: number[][];
  b2: number[];
}

let loaded: LineModel | undefined;

/** The trained model (line-model.json), checked against the features and labels this code has. */
export function lineModel(): LineModel {
  if (loaded) return loaded;
  const model = JSON.parse(readFileSync(join(import.meta.dirname, 'line-model.json'), 'utf8')) as LineModel;
  if (model.features.join() !== FEATURES.join() || model.labels.join() !== LINE_LABELS.join()) {
    throw new Error('line-model.json was trained on other features or labels than the code has: run `npm run train:lines`');
  }
  loaded = model;
  return model;
}

/** Probabilities of each label for one feature vector. */
export function scoreLine(model: LineModel, x: readonly number[]): number[] {
  const z = x.map((v, i) => (v - model.mean[i]!) / model.std[i]!);
  const hidden = model.b1.map((b, j) => {
    const w = model.w1[j]!;
    let s = b;
    for (let i = 0; i < z.length; i++) s += w[i]! * z[i]!;
    return Math.tanh(s);
  });
  const logits = model.b2.map((b, k) => {
    const w = model.w2[k]!;
    let s = b;
    for (let j = 0; j < hidden.length; j++) s += w[j]! * hidden[j]!;
    return s;
  });
  const top = Math.max(...logits);
  const exp = logits.map((l) => Math.exp(l - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

const at = (name: string) => FEATURES.indexOf(name);
const [INSIDE_BEFORE, INSIDE_AFTER, LIST, WORDS, LENGTH, ENDS_SENTENCE, HEADING_RULE] = [at('before-body'), at('after-body'), at('list-marker'), at('words'), at('length'), at('ends-sentence'), at('heading-rule')];

/**
 * How sure the model must be to drop a line: text lost is worse than furniture
 * kept, so a line between the page's first and last lines of running text (a
 * short sentence, a list item) is dropped only when furniture is far more
 * likely, and a line that reads as a sentence is kept unless it is all but
 * certain to be furniture.
 */
function dropThreshold(x: readonly number[]): number {
  const inside = x[INSIDE_BEFORE] === 0 && x[INSIDE_AFTER] === 0;
  // A sentence: it ends like one and is long enough to be one (CJK text has no spaces to count words by).
  const sentence = x[ENDS_SENTENCE] === 1 && (x[WORDS]! >= 0.4 || x[LENGTH]! >= 0.4);
  if ((x[LIST] === 1 || x[HEADING_RULE] === 1) && inside) return 0.95;
  if (inside && sentence) return 0.9;
  if (inside) return 0.7;
  return sentence ? 0.6 : 0.5;
}

/** The label of each line (undefined for blank lines), with its probability. */
export function labelLines(features: readonly number[][], model: LineModel = lineModel()): ({ label: LineLabel; p: number } | undefined)[] {
  return features.map((x) => {
    if (x.length === 0) return undefined;
    const probs = scoreLine(model, x);
    let best = 0;
    for (let k = 1; k < probs.length; k++) if (probs[k]! > probs[best]!) best = k;
    const furniture = probs.slice(2).reduce((a, b) => a + b, 0);
    if (best >= 2 && furniture < dropThreshold(x)) {
      // Kept as text: a heading only where the heading rules agree, else a line of the paragraph.
      const text = probs[1]! > probs[0]! && x[HEADING_RULE] === 1 ? 1 : 0;
      return { label: LINE_LABELS[text]!, p: probs[text]! };
    }
    return { label: LINE_LABELS[best]!, p: probs[best]! };
  });
}
