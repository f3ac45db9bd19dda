import type { TestContext } from 'node:test';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ResponseCache } from '../../src/resolve/cache.ts';
import type { HttpSettings } from '../../src/resolve/http.ts';
import { LookupFailure, PoliteClient } from '../../src/resolve/http.ts';
import { HostLimiter, parseInterval, parseRetryAfter, realClock } from '../../src/resolve/rate-limit.ts';
import type { Reply } from '../helpers/replay-server.ts';
import { CROSSREF_RATE_HEADERS, failing, hang, ok, rateLimited, startReplayServer } from '../helpers/replay-server.ts';
import { fakeClock, MAILTO } from './world.ts';

const WORK = '/works/10.5555/rdi.2021.17';

/** A replay server answering WORK with `replies`, a client on a virtual clock, a fresh cache; all gone after the test. */
async function setup(t: TestContext, replies: Reply | Reply[], settings: Partial<HttpSettings> = {}, write = true) {
  const server = await startReplayServer([{ path: WORK, replies }]);
  const clock = fakeClock();
  const cacheDir = mkdtempSync(join(tmpdir(), 'folio-resolve-cache-'));
  t.after(async () => {
    await server.close();
    rmSync(cacheDir, { recursive: true, force: true });
  });
  const make = (more: Partial<HttpSettings> = {}) =>
    new PoliteClient(
      { mailto: MAILTO, requestsPerSecond: 0, timeoutMs: 300, retries: 3, backoffMs: 10, maxRetryAfterMs: 60_000, clock, ...settings, ...more },
      new ResponseCache(cacheDir, { write }),
    );
  return { server, clock, cacheDir, client: make(), make, url: `${server.url}${WORK}` };
}

const failure = (message: string) => (error: unknown) => error instanceof LookupFailure && error.message === message;

test('429 with Retry-After, then success: waits as asked, then takes the answer', async (t) => {
  const { server, clock, client, url } = await setup(t, [rateLimited(2), ok('crossref/work-marsh-2021')]);
  const answer = await client.get(url);
  assert.equal(answer.status, 200);
  assert.equal((answer.body as { message: { DOI: string } }).message.DOI, '10.5555/rdi.2021.17');
  assert.equal(server.requests.length, 2);
  assert.ok(clock.sleeps.includes(2000), `Retry-After 2 s honoured: ${clock.sleeps}`);
});

test('503 every time: four tries with exponential back-off, then a one-line failure', async (t) => {
  const { server, clock, client, url } = await setup(t, failing(503));
  await assert.rejects(client.get(url), failure('503 after 4 tries'));
  assert.equal(server.requests.length, 4);
  assert.deepEqual(clock.sleeps, [10, 20, 40]);
});

test('on the real clock, the server sees the back-off between tries', async (t) => {
  const { server, client, url } = await setup(t, [failing(503), failing(503), ok('crossref/work-marsh-2021')], { backoffMs: 30, clock: realClock });
  assert.equal((await client.get(url)).status, 200);
  const [a, b, c] = server.requests.map((r) => r.at);
  assert.ok(b! - a! >= 25 && c! - b! >= 55, `gaps ${b! - a!} ms, ${c! - b!} ms`);
});

test('500 twice then success is retried; 400 is not', async (t) => {
  const { server, client, url } = await setup(t, [failing(500), failing(500), ok('crossref/work-marsh-2021')]);
  assert.equal((await client.get(url)).status, 200);
  assert.equal(server.requests.length, 3);
  server.route({ path: '/works/bad', replies: { status: 400, text: 'bad filter' } });
  await assert.rejects(client.get(`${server.url}/works/bad`), failure('400 Bad Request'));
  assert.equal(server.requests.length, 4, 'asked once');
});

test('an answer that never comes: a time-out per try, then a one-line failure', async (t) => {
  const { server, client, url } = await setup(t, hang(), { timeoutMs: 60, retries: 1 });
  const started = Date.now();
  await assert.rejects(client.get(url), failure('no answer within 0.06 s after 2 tries'));
  assert.equal(server.requests.length, 2);
  assert.ok(Date.now() - started < 2000);
});

test('a Retry-After longer than allowed fails at once (e.g. a daily limit)', async (t) => {
  const { server, client, url } = await setup(t, rateLimited(3600, {}));
  await assert.rejects(client.get(url), failure('429, asked to wait 3600 s'));
  assert.equal(server.requests.length, 1);
});

test('the cache: a second ask makes no request, whoever asks; the file is named by the URL hash', async (t) => {
  const { server, client, make, cacheDir, url } = await setup(t, ok('crossref/work-marsh-2021'));
  const first = await client.get(url, { mailto: MAILTO });
  assert.equal(first.fromCache, false);
  const host = new URL(url).host.replace(':', '_');
  assert.ok(existsSync(join(cacheDir, host, `${createHash('sha256').update(url).digest('hex')}.json`)));
  const again = await make({ mailto: 'someone.else@example.org' }).get(url, { mailto: 'someone.else@example.org' });
  assert.equal(again.fromCache, true);
  assert.deepEqual(again.body, first.body);
  assert.equal(server.requests.length, 1);
});

test('404 is an answer (no such DOI), and is cached too; failures are not', async (t) => {
  const { server, client } = await setup(t, failing(503), { retries: 0 });
  const missing = `${server.url}/works/10.5555/nothing`;
  assert.equal((await client.get(missing)).status, 404);
  assert.equal((await client.get(missing)).fromCache, true);
  await assert.rejects(client.get(`${server.url}${WORK}`), failure('503 after 1 try'));
  await assert.rejects(client.get(`${server.url}${WORK}`), failure('503 after 1 try'));
  assert.equal(server.requests.length, 3);
});

test('with write off (a dry run) the cache is read but nothing is added', async (t) => {
  const { server, client, cacheDir, url } = await setup(t, ok('crossref/work-marsh-2021'), {}, false);
  await client.get(url);
  assert.equal(existsSync(join(cacheDir, new URL(url).host.replace(':', '_'))), false);
});

test('the mailto goes in the query and the User-Agent', async (t) => {
  const { server, client, url } = await setup(t, ok('crossref/work-marsh-2021'));
  await client.get(url, { mailto: MAILTO });
  const [request] = server.requests;
  assert.equal(request!.query.mailto, MAILTO);
  assert.match(String(request!.headers['user-agent']), /^Folio\/\S+ \(references:resolve; mailto:curator@example\.org\)$/);
});

test('requests to a host are spaced by --rate, or wider when it advertises X-Rate-Limit', async (t) => {
  const { server, clock, client } = await setup(t, ok('crossref/work-marsh-2021', { 'X-Rate-Limit-Limit': '2', 'X-Rate-Limit-Interval': '1s' }), { requestsPerSecond: 4 });
  server.route({ path: /^\/works\/10\.5555\/[abc]$/, replies: ok('crossref/work-marsh-2021', { 'X-Rate-Limit-Limit': '2', 'X-Rate-Limit-Interval': '1s' }) });
  for (const id of ['a', 'b', 'c']) await client.get(`${server.url}/works/10.5555/${id}`);
  assert.deepEqual(clock.sleeps, [250, 500], '1/4 s before the budget is known, then 1 s / 2');
});

test('the limiter keeps hosts apart, and reads the headers', async () => {
  const clock = fakeClock();
  const limiter = new HostLimiter(2, clock);
  await limiter.wait('a');
  await limiter.wait('b');
  assert.deepEqual(clock.sleeps, [], 'another host does not wait');
  await limiter.wait('a');
  assert.deepEqual(clock.sleeps, [500]);
  limiter.learn('b', new Headers(CROSSREF_RATE_HEADERS));
  assert.equal(limiter.spacing('b'), 500, 'never faster than --rate');
  limiter.learn('b', new Headers({ 'X-Rate-Limit-Limit': '1', 'X-Rate-Limit-Interval': '2s' }));
  assert.equal(limiter.spacing('b'), 2000);
  assert.equal(parseInterval('250ms'), 250);
  assert.equal(parseInterval('nonsense'), undefined);
  assert.equal(parseRetryAfter('7', 0), 7000);
  assert.equal(parseRetryAfter(new Date(90_000).toUTCString(), 30_000), 60_000);
});
