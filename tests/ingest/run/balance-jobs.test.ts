import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assignWorkers } from '../../../src/ingest/run/balance-jobs.ts';

const loads = (jobs: { weight: number }[], workers: number[], n: number) => {
  const load = new Array<number>(n).fill(0);
  workers.forEach((w, i) => (load[w]! += jobs[i]!.weight));
  return load;
};

test('a paper stays with the worker that parsed it while the work is even', () => {
  const jobs = [0, 0, 1, 1].map((preferred) => ({ preferred, weight: 10 }));
  assert.deepEqual(assignWorkers(jobs, 2), [0, 0, 1, 1]);
});

test('when one worker parsed most of the work, papers past its share go to the other', () => {
  const jobs = [...Array.from({ length: 6 }, () => ({ preferred: 0, weight: 60 })), ...Array.from({ length: 40 }, () => ({ preferred: 1, weight: 1 }))];
  const workers = assignWorkers(jobs, 2);
  const [a, b] = loads(jobs, workers, 2);
  assert.ok(Math.abs(a! - b!) <= 60, `${a} against ${b}`);
  assert.equal(workers[0], 0, 'the first papers stay where they were parsed');
});

test('papers no worker parsed go to the lightest; one worker takes everything', () => {
  assert.deepEqual(assignWorkers([{ preferred: undefined, weight: 5 }, { preferred: undefined, weight: 1 }, { preferred: undefined, weight: 1 }], 2), [0, 1, 1]);
  assert.deepEqual(assignWorkers([{ preferred: 0, weight: 5 }, { preferred: undefined, weight: 1 }], 1), [0, 0]);
  assert.deepEqual(assignWorkers([], 3), []);
});
