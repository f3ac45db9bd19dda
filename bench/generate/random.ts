/**
 * Deterministic randomness for the synthetic corpus: a seeded PRNG
 * (mulberry32) and a Zipf sampler, so the same seed gives the same corpus.
 */
import { seededRandom } from '../../src/shared/seeded-random.ts';

export type Random = () => number;

/** The graph layout's seeded generator (mulberry32), shared so there is one. */
export const seeded: (seed: number) => Random = seededRandom;

export function int(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Sampler of ranks 0..n-1 with P(rank k) ∝ 1/(k+1)^s: natural word frequencies. */
export function zipf(random: Random, n: number, s = 1.07): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) cumulative[k] = total += 1 / (k + 1) ** s;
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
