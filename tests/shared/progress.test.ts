import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stage } from '../../src/shared/progress.ts';

function capture(isTTY: boolean) {
  const written: string[] = [];
  let now = 0;
  return { out: { isTTY, write: (t: string) => written.push(t) }, written, clock: () => now, advance: (ms: number) => (now += ms) };
}

test('in a CI log a stage is one line, when it ends, with its time', () => {
  const c = capture(false);
  const s = stage('ingest', 'pages', 4810, c.out, c.clock);
  for (let i = 0; i < 4810; i++) {
    c.advance(1);
    s.tick();
  }
  s.end('4,810 pages checked, 12 changed');
  assert.deepEqual(c.written, ['ingest: 4,810 pages checked, 12 changed (4.8 s)\n']);
});

test('on a terminal the line is redrawn in place, at most ten times a second, with the time left', () => {
  const c = capture(true);
  const s = stage('ingest', 'pages', 1000, c.out, c.clock);
  for (let i = 0; i < 500; i++) {
    c.advance(2);
    s.tick();
  }
  // 1 s of work: the first draw and one every 100 ms.
  assert.ok(c.written.length <= 12, String(c.written.length));
  assert.match(c.written.at(-1)!, /^\r\x1b\[Kingest: \d{3}\/1,000 pages, about 1 s left \(1 s\)$/u);
  s.end('1,000 pages checked');
  assert.equal(c.written.at(-1), '\r\x1b[Kingest: 1,000 pages checked (1.0 s)\n');
});
