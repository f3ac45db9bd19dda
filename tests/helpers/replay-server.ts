/**
 * A stand-in for a remote JSON API (Crossref, OpenAlex) on 127.0.0.1: it
 * replays answers recorded in their formats (tests/fixtures/resolve/), can be
 * told to fail a request (500/503), never answer it (a time-out), or rate
 * limit it (429 with Retry-After and Crossref's X-Rate-Limit headers), and
 * records every request it gets so tests can check what was asked, with
 * which parameters and headers, and how often.
 */
import { readFileSync } from 'node:fs';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'resolve');

/** The budget Crossref advertises on its answers (here: 50 requests a second). */
export const CROSSREF_RATE_HEADERS = { 'X-Rate-Limit-Limit': '50', 'X-Rate-Limit-Interval': '1s' };

export type Reply =
  | { status?: number; headers?: Record<string, string>; json?: unknown; text?: string; fixture?: string }
  | { hang: true };

export type Route = {
  /** The request path ("/works/10.5555/x"), or a pattern for it. */
  path: string | RegExp;
  /** Query parameters the request must have, with these values. */
  query?: Record<string, string>;
  /** Given in turn, one a request; the last is repeated. */
  replies: Reply | Reply[];
};

export type Recorded = { method: string; path: string; query: Record<string, string>; headers: IncomingHttpHeaders; at: number };

export type ReplayServer = {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  requests: Recorded[];
  /** Adds a route, matched before those already there. */
  route(route: Route): void;
  close(): Promise<void>;
};

/** A fixture answer body: `fixture('crossref/work-marsh-2021')`. */
export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8'));
}

export const ok = (fixtureName: string, headers: Record<string, string> = {}): Reply => ({ fixture: fixtureName, headers });
export const failing = (status: 500 | 502 | 503 | 504 = 503): Reply => ({ status, text: 'Service temporarily unavailable' });
export const hang = (): Reply => ({ hang: true });
export const rateLimited = (retryAfterSeconds: number, headers: Record<string, string> = CROSSREF_RATE_HEADERS): Reply => ({
  status: 429,
  headers: { 'Retry-After': String(retryAfterSeconds), ...headers },
  text: 'Too Many Requests',
});

function send(res: ServerResponse, reply: Exclude<Reply, { hang: true }>): void {
  const status = reply.status ?? 200;
  const body = reply.fixture !== undefined ? JSON.stringify(fixture(reply.fixture)) : reply.json !== undefined ? JSON.stringify(reply.json) : reply.text ?? '';
  const type = reply.fixture !== undefined || reply.json !== undefined ? 'application/json;charset=utf-8' : 'text/plain;charset=utf-8';
  res.writeHead(status, { 'Content-Type': type, ...reply.headers });
  res.end(body);
}

export async function startReplayServer(routes: Route[] = []): Promise<ReplayServer> {
  const table = routes.map((route) => ({ route, served: 0 }));
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://replay');
    const path = decodeURIComponent(url.pathname);
    const query = Object.fromEntries(url.searchParams);
    requests.push({ method: req.method ?? 'GET', path, query, headers: req.headers, at: Date.now() });
    const entry = table.find(({ route }) => {
      const pathMatches = typeof route.path === 'string' ? route.path === path : route.path.test(path);
      return pathMatches && Object.entries(route.query ?? {}).every(([k, v]) => query[k] === v);
    });
    if (!entry) return send(res, { status: 404, text: 'Resource not found.' });
    const replies = Array.isArray(entry.route.replies) ? entry.route.replies : [entry.route.replies];
    const reply = replies[Math.min(entry.served++, replies.length - 1)]!;
    if ('hang' in reply) return; // never answers; close() drops the connection
    send(res, reply);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    route: (route) => table.unshift({ route, served: 0 }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
