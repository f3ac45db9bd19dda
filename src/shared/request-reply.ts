/**
 * Requests and replies over a message channel: a worker thread's port or a
 * child process's IPC. Each request carries an id and each reply names the
 * id it answers, so replies may come back in any order; a channel that fails
 * rejects every request still waiting on it instead of leaving it hanging.
 * The ingest's page workers and citation thread and the build's rendering
 * processes all talk this way.
 */
import { Fault } from './fault.ts';

/** A request as it crosses the channel. */
export type Request<Q> = { id: number; request: Q };

/**
 * A reply as it crosses the channel. A failure comes back as its message
 * and stack (an Error does not cross a channel whole).
 */
export type Reply<A> = { id: number } & ({ value: A } | { error: string; stack?: string; files?: readonly string[] });

export interface Requester<Q, A> {
  /** Sends `request` and resolves with the value of its reply, or rejects with its error. */
  request(request: Q): Promise<A>;
  /** Hands a reply that came back on the channel to the request it answers (if still waiting). */
  settle(reply: Reply<A>): void;
  /** Rejects every request still waiting (the channel failed or closed). */
  failAll(error: Error): void;
  /** How many requests are waiting for their replies. */
  readonly waiting: number;
}

/** The asking side; `post` puts a message on the channel. */
export function requester<Q, A>(post: (message: Request<Q>) => void): Requester<Q, A> {
  const pending = new Map<number, { resolve: (value: A) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  return {
    request: (request) =>
      new Promise<A>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        post({ id, request });
      }),
    settle: (reply) => {
      const done = pending.get(reply.id);
      // Already rejected when the channel failed; a late reply changes nothing.
      if (!done) return;
      pending.delete(reply.id);
      if ('value' in reply) {
        done.resolve(reply.value);
        return;
      }
      // A Fault keeps the files it names across the channel; anything else comes back as an Error.
      const error = reply.files ? new Fault(reply.files, new Error(reply.error)) : new Error(reply.error);
      // The stack of the place it failed, across the channel, not of this handler.
      if (reply.stack) error.stack = reply.stack;
      done.reject(error);
    },
    failAll: (error) => {
      for (const done of pending.values()) done.reject(error);
      pending.clear();
    },
    get waiting() {
      return pending.size;
    },
  };
}

/**
 * The answering side: a message listener that runs `answer` on each request
 * and posts its value, or what went wrong, back under the request's id.
 */
export function answerer<Q, A>(post: (reply: Reply<A>) => void, answer: (request: Q) => A | Promise<A>): (message: Request<Q>) => void {
  return ({ id, request }) => {
    // Through a promise, so that a throw and a rejection are answered alike.
    Promise.resolve()
      .then(() => answer(request))
      .then(
        (value) => post({ id, value }),
        (error: unknown) =>
          post(
            error instanceof Error
              ? { id, error: error.message, ...(error.stack ? { stack: error.stack } : {}), ...(error instanceof Fault ? { files: error.files } : {}) }
              : { id, error: String(error) },
          ),
      );
  };
}
