import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { startPool } from '../../src/shared/worker-pool.ts';
import type { Probe } from '../fixtures/work/probe-work.ts';

const MODULE = new URL('../fixtures/work/probe-work.ts', import.meta.url);

for (const kind of ['thread', 'process'] as const) {
  describe(`a pool of ${kind}s`, () => {
    const start = (size: number, ahead?: number) => startPool<Probe, string, { tag: string }>({ name: `probe ${kind}`, module: MODULE, init: { tag: 'T' }, size, kind, ...(ahead ? { ahead } : {}) });

    test('each worker loads the module with its init and answers', async () => {
      const pool = start(2);
      try {
        assert.deepEqual(await Promise.all(['a', 'b', 'c'].map((echo) => pool.request({ echo }))), ['T:a', 'T:b', 'T:c']);
      } finally {
        await pool.close();
      }
    });

    test('a request goes to the worker asked for, or else to the least busy one', async () => {
      const pool = start(2);
      try {
        const [w0, w1] = await Promise.all([pool.request({ who: true }, 0), pool.request({ who: true }, 1)]);
        assert.notEqual(w0, w1);
        assert.equal(await pool.request({ who: true }, 0), w0);
        // The first worker is busy waiting: the next request goes to the other.
        const busy = pool.request({ wait: 300 }, 0);
        assert.equal(await pool.request({ who: true }), w1);
        await busy;
      } finally {
        await pool.close();
      }
    });

    test('a worker holds at most `ahead` requests; the rest wait in the pool and all are answered', async () => {
      const pool = start(2, 1);
      try {
        const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => pool.request({ echo: String(i) })));
        assert.deepEqual(answers, ['T:0', 'T:1', 'T:2', 'T:3', 'T:4', 'T:5']);
      } finally {
        await pool.close();
      }
    });

    test('a failure rejects that request alone, with its message and where it failed', async () => {
      const pool = start(1);
      try {
        await assert.rejects(pool.request({ fail: 'no such page' }), (e: Error) => /no such page/.test(e.message) && /probe-work\.ts/.test(e.stack ?? ''));
        assert.equal(await pool.request({ echo: 'still here' }), 'T:still here');
      } finally {
        await pool.close();
      }
    });

    test('a worker that exits without throwing fails every request it held and every one waiting, instead of leaving them hanging', async () => {
      const pool = start(1, 1);
      try {
        const held = pool.request({ wait: 2000 });
        const exiting = pool.request({ exit: 0 }, 0);
        const waiting = pool.request({ echo: 'queued' });
        for (const p of [held, exiting, waiting]) await assert.rejects(p, /probe (thread|process) 1 stopped \(exit code 0\)/);
      } finally {
        await pool.close();
      }
    });

    test('a module that cannot be loaded fails its requests with why', async () => {
      const pool = startPool<Probe, string>({ name: 'probe', module: '/nonexistent/work.ts', init: null, size: 1, kind });
      try {
        await assert.rejects(pool.request({ echo: 'x' }), /could not load its module|Cannot find module|stopped/);
      } finally {
        await pool.close();
      }
    });

    test('close ends the workers; later requests are refused', async () => {
      const pool = start(2);
      await pool.request({ echo: 'x' });
      await pool.close();
      await assert.rejects(pool.request({ echo: 'y' }), /closed/);
    });
  });
}
