/**
 * Politeness towards each API host: requests to one host are spaced at least
 * 1/N s apart (N = --rate), or wider when the host says so with Crossref's
 * X-Rate-Limit-Limit / X-Rate-Limit-Interval headers ("50" per "1s"); a
 * Retry-After answer holds back every later request to that host too.
 * The clock is a parameter so tests can run the waits without waiting.
 */

export type Clock = { now(): number; sleep(ms: number): Promise<void> };

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/** "1s" -> 1000, "250ms" -> 250, "1m" -> 60000; undefined when unreadable. */
export function parseInterval(text: string | null | undefined): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/i.exec(text ?? '');
  if (!match) return undefined;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(match[2] ?? 's').toLowerCase() as 'ms' | 's' | 'm' | 'h'];
  const ms = Number(match[1]) * unit;
  return ms > 0 ? ms : undefined;
}

/** Retry-After as milliseconds from `now`: either seconds ("30") or an HTTP date. */
export function parseRetryAfter(text: string | null | undefined, now: number): number | undefined {
  if (!text) return undefined;
  if (/^\s*\d+\s*$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export class HostLimiter {
  readonly #minSpacing: number;
  readonly #clock: Clock;
  readonly #next = new Map<string, number>();
  readonly #advertised = new Map<string, number>();

  /** `perSecond`: the most requests a second to one host, whatever it advertises. */
  constructor(perSecond: number, clock: Clock) {
    this.#minSpacing = perSecond > 0 ? 1000 / perSecond : 0;
    this.#clock = clock;
  }

  /** Milliseconds kept between two requests to `host`. */
  spacing(host: string): number {
    return Math.max(this.#minSpacing, this.#advertised.get(host) ?? 0);
  }

  /** Waits for the next free slot for `host`, and takes it. */
  async wait(host: string): Promise<void> {
    const now = this.#clock.now();
    const slot = Math.max(now, this.#next.get(host) ?? 0);
    this.#next.set(host, slot + this.spacing(host));
    if (slot > now) await this.#clock.sleep(slot - now);
  }

  /** Reads the host's advertised budget from an answer's headers. */
  learn(host: string, headers: Headers): void {
    const limit = Number(headers.get('x-rate-limit-limit'));
    const interval = parseInterval(headers.get('x-rate-limit-interval'));
    if (Number.isFinite(limit) && limit > 0 && interval !== undefined) this.#advertised.set(host, interval / limit);
  }

  /** No request to `host` before `ms` from now (after a Retry-After or a back-off). */
  holdOff(host: string, ms: number): void {
    this.#next.set(host, Math.max(this.#next.get(host) ?? 0, this.#clock.now() + ms));
  }
}
