/**
 * GET with manners: answers come from the disk cache when they can; otherwise
 * the request waits for its host's slot (rate-limit.ts), carries the
 * curator's address (User-Agent, and the API's own politeness parameters),
 * gives up on an answer after a time-out, and is tried again with exponential
 * back-off on 429, 5xx, time-outs and broken connections, waiting at least as
 * long as a Retry-After asks. A failure is a `LookupFailure` whose message
 * is one line for the curator ("503 after 4 tries").
 */
import type { CachedAnswer, ResponseCache } from './cache.ts';
import type { Clock } from './rate-limit.ts';
import { HostLimiter, parseRetryAfter } from './rate-limit.ts';

export class LookupFailure extends Error {}

export type HttpSettings = {
  /** Sent in the User-Agent ("mailto:..."), as Crossref asks of its polite pool. */
  mailto?: string;
  requestsPerSecond: number;
  timeoutMs: number;
  /** Tries after the first. */
  retries: number;
  /** First back-off; each further one doubles. */
  backoffMs: number;
  /** A Retry-After longer than this is a failure now (e.g. OpenAlex's daily limit), not a wait. */
  maxRetryAfterMs: number;
  clock: Clock;
};

export type Answer = CachedAnswer & { fromCache: boolean };

const RETRY = new Set([429, 500, 502, 503, 504]);

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

export class PoliteClient {
  readonly #settings: HttpSettings;
  readonly #cache: ResponseCache;
  readonly #limiter: HostLimiter;
  /** Requests actually sent (not answered from the cache). */
  sent = 0;

  constructor(settings: HttpSettings, cache: ResponseCache) {
    this.#settings = settings;
    this.#cache = cache;
    this.#limiter = new HostLimiter(settings.requestsPerSecond, settings.clock);
  }

  userAgent(): string {
    const mailto = this.#settings.mailto ? `; mailto:${this.#settings.mailto}` : '';
    return `Folio/0.1 (references:resolve${mailto})`;
  }

  /**
   * The answer for `url` (its status, and its body parsed as JSON; 404 is an
   * answer, with a null body). `polite` parameters are added to the request
   * but left out of the cache key.
   */
  async get(url: string, polite: Record<string, string> = {}): Promise<Answer> {
    const cached = this.#cache.get(url);
    if (cached) return { ...cached, fromCache: true };

    const request = new URL(url);
    for (const [name, value] of Object.entries(polite)) request.searchParams.set(name, value);
    const { clock, retries, backoffMs, timeoutMs, maxRetryAfterMs } = this.#settings;
    const host = request.host;
    let problem = '';
    for (let attempt = 1; attempt <= retries + 1; attempt++) {
      await this.#limiter.wait(host);
      let wait: number | undefined;
      try {
        this.sent++;
        const response = await fetch(request, {
          headers: { 'User-Agent': this.userAgent(), Accept: 'application/json' },
          signal: AbortSignal.timeout(timeoutMs),
        });
        this.#limiter.learn(host, response.headers);
        const text = await response.text();
        if (response.ok || response.status === 404) return this.#keep(url, response.status, text);
        problem = String(response.status);
        if (!RETRY.has(response.status)) throw new LookupFailure(`${response.status} ${response.statusText}`.trim());
        wait = parseRetryAfter(response.headers.get('retry-after'), clock.now());
        if (wait !== undefined && wait > maxRetryAfterMs) throw new LookupFailure(`${response.status}, asked to wait ${seconds(wait)}`);
      } catch (error) {
        if (error instanceof LookupFailure) throw error;
        const name = (error as Error).name;
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        const code = cause?.code || cause?.message || (error as Error).message;
        problem = name === 'TimeoutError' || name === 'AbortError' ? `no answer within ${seconds(timeoutMs)}` : `could not connect (${code})`;
      }
      if (attempt <= retries) {
        // The next try waits for the host's slot, which this pushes back.
        this.#limiter.holdOff(host, Math.max(wait ?? 0, backoffMs * 2 ** (attempt - 1)));
      }
    }
    throw new LookupFailure(`${problem} after ${retries + 1} ${retries === 0 ? 'try' : 'tries'}`);
  }

  #keep(url: string, status: number, text: string): Answer {
    let body: unknown = null;
    if (status !== 404) {
      try {
        body = JSON.parse(text);
      } catch {
        throw new LookupFailure(`${status} but the answer is not JSON`);
      }
    }
    const entry: CachedAnswer = { url, status, body };
    this.#cache.set(entry);
    return { ...entry, fromCache: false };
  }
}
