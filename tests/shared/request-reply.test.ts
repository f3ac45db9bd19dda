import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MessageChannel } from 'node:worker_threads';
import { answerer, requester, type Reply, type Request } from '../../src/shared/request-reply.ts';

/** Both ends of a real message channel, as between a thread and its worker. */
function channel<Q, A>(answer: (request: Q) => A | Promise<A>) {
  const { port1, port2 } = new MessageChannel();
  const asking = requester<Q, A>((message) => port1.postMessage(message));
  port1.on('message', asking.settle);
  port2.on('message', answerer<Q, A>((reply) => port2.postMessage(reply), answer));
  return { asking, close: () => (port1.close(), port2.close()) };
}

test('each request gets the reply to it, whatever order the replies come back in', async () => {
  const { asking, close } = channel(async ({ n, wait }: { n: number; wait: number }) => {
    await new Promise((resolve) => setTimeout(resolve, wait));
    return n * n;
  });
  try {
    // The first asked is the last answered.
    const replies = await Promise.all([3, 4, 5].map((n, i) => asking.request({ n, wait: 30 - 10 * i })));
    assert.deepEqual(replies, [9, 16, 25]);
    assert.equal(asking.waiting, 0);
  } finally {
    close();
  }
});

test('a failure on the answering side rejects that request alone, with its message and the stack where it failed', async () => {
  const { asking, close } = channel((n: number) => {
    if (n === 2) throw new TypeError('two is not allowed');
    if (n === 3) return Promise.reject(new Error('nor three'));
    return n;
  });
  try {
    const [one, two, three] = (await Promise.allSettled([1, 2, 3].map((n) => asking.request(n)))) as [PromiseSettledResult<number>, PromiseSettledResult<number>, PromiseSettledResult<number>];
    assert.deepEqual(one, { status: 'fulfilled', value: 1 });
    assert.equal(two.status, 'rejected');
    const error = (two as PromiseRejectedResult).reason as Error;
    assert.equal(error.message, 'two is not allowed');
    assert.match(error.stack!, /TypeError: two is not allowed\n\s+at .*request-reply\.test\.ts/);
    assert.equal(((three as PromiseRejectedResult).reason as Error).message, 'nor three');
  } finally {
    close();
  }
});

test('a failed channel rejects every request still waiting, and a reply that comes later is ignored', async () => {
  const posted: Request<string>[] = [];
  const asking = requester<string, string>((message) => posted.push(message));
  const first = asking.request('a');
  const second = asking.request('b');
  assert.equal(asking.waiting, 2);
  asking.failAll(new Error('worker exited (code 1)'));
  await assert.rejects(first, { message: 'worker exited (code 1)' });
  await assert.rejects(second, { message: 'worker exited (code 1)' });
  assert.equal(asking.waiting, 0);
  asking.settle({ id: posted[0]!.id, value: 'too late' } satisfies Reply<string>);
  // A request after the failure is told apart from the old ones by its id.
  const third = asking.request('c');
  assert.notEqual(posted[2]!.id, posted[0]!.id);
  asking.settle({ id: posted[2]!.id, value: 'C' });
  assert.equal(await third, 'C');
});

test('a Fault keeps the files it names across the channel', async () => {
  const { Fault } = await import('../../src/shared/fault.ts');
  const replies: Reply<number>[] = [];
  const answer = answerer<number, number>((r) => replies.push(r), () => {
    throw new Fault(['page-7.txt'], new TypeError('broken'));
  });
  const channel = requester<number, number>((message) => answer(message));
  const pending = channel.request(1);
  await new Promise((r) => setImmediate(r));
  channel.settle(replies[0]!);
  await assert.rejects(pending, (e: unknown) => e instanceof Fault && e.files[0] === 'page-7.txt' && /broken/.test(e.message) && /\n\s+at /.test(e.stack ?? ''));
});
