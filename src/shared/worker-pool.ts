/**
 * The one pool of workers Folio starts: threads (the ingest's page workers
 * and citation thread, the graph layout) or child processes (the build's
 * paper renderers, whose memory goes back when they end). Each worker runs
 * worker-entry.ts, which loads a module's `createWork(init)` and answers
 * requests with it over request-reply.ts.
 *
 * A request goes to the worker asked for (a worker that holds state, such as
 * the pages it parsed) or to the least busy one, each holding at most `ahead`
 * requests while the rest wait here. A worker that exits for any reason, or
 * fails, rejects every request it holds and every one still waiting, so that
 * nothing hangs; `close` ends the workers and resolves when they are gone.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type Reply, type Request, type Requester, requester } from './request-reply.ts';

export interface PoolOptions<I> {
  /** What the workers are called in messages ("page worker"). */
  name: string;
  /** The module that answers: a file path or file URL of a module exporting `createWork(init)`. */
  module: string | URL;
  /** Handed to `createWork` once in each worker. */
  init: I;
  size: number;
  kind: 'thread' | 'process';
  /** Requests one worker holds at most; the rest wait in the pool (default: no limit). */
  ahead?: number;
}

export interface Pool<Q, A> {
  readonly size: number;
  /** Sends `request` to worker `worker`, or to the least busy one. */
  request(request: Q, worker?: number): Promise<A>;
  close(): Promise<void>;
}

/** What a worker is sent first, before any request (see worker-entry.ts). */
export type WorkerStart = { module: string; init: unknown };

/**
 * Where the entry file is. A bundled build has moved this code (astro.config.mjs
 * defines the path); elsewhere it is beside this file.
 */
const ENTRY: string = import.meta.env?.FOLIO_WORKER_ENTRY ?? fileURLToPath(new URL(['.', 'worker-entry.ts'].join('/'), import.meta.url));

interface Member<Q, A> {
  channel: Requester<Q, A>;
  end(): Promise<void>;
}

export function startPool<Q, A, I = unknown>(options: PoolOptions<I>): Pool<Q, A> {
  const start: WorkerStart = { module: options.module instanceof URL ? fileURLToPath(options.module) : options.module, init: options.init };
  const ahead = options.ahead ?? Number.POSITIVE_INFINITY;
  const queue: { request: Q; resolve: (a: A) => void; reject: (e: Error) => void }[] = [];
  let closing = false;

  const failed = (member: Member<Q, A>, error: Error) => {
    member.channel.failAll(error);
    for (const waiting of queue.splice(0)) waiting.reject(error);
  };
  const dispatch = () => {
    while (queue.length > 0) {
      let least: Member<Q, A> | undefined;
      for (const m of members) if (m.channel.waiting < ahead && (!least || m.channel.waiting < least.channel.waiting)) least = m;
      if (!least) return;
      const { request, resolve, reject } = queue.shift()!;
      least.channel.request(request).then(resolve, reject).finally(dispatch);
    }
  };

  const members: Member<Q, A>[] = Array.from({ length: options.size }, (_, i) => {
    const stopped = (how: string) => new Error(`${options.name} ${i + 1} stopped (${how})`);
    if (options.kind === 'thread') {
      const worker = new Worker(ENTRY, { workerData: start });
      const member: Member<Q, A> = {
        channel: requester<Q, A>((message: Request<Q>) => worker.postMessage(message)),
        end: async () => void (await worker.terminate()),
      };
      worker.on('message', (reply: Reply<A>) => member.channel.settle(reply));
      worker.on('error', (error) => failed(member, error));
      worker.on('exit', (code) => {
        if (!closing) failed(member, stopped(`exit code ${code}`));
      });
      return member;
    }
    const child: ChildProcess = fork(ENTRY, [], { serialization: 'advanced', execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.send(start);
    const member: Member<Q, A> = {
      channel: requester<Q, A>((message: Request<Q>) => child.send(message)),
      end: () =>
        child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((resolve) => (child.once('exit', () => resolve()), child.disconnect())),
    };
    child.on('message', (reply: Reply<A>) => member.channel.settle(reply));
    child.on('error', (error) => failed(member, error));
    child.on('exit', (code, signal) => {
      if (!closing) failed(member, stopped(signal ?? `exit code ${code}`));
    });
    return member;
  });

  return {
    size: members.length,
    request: (request, worker) => {
      if (closing) return Promise.reject(new Error(`${options.name}s are closed`));
      if (worker !== undefined) return members[worker]!.channel.request(request);
      return new Promise<A>((resolve, reject) => {
        queue.push({ request, resolve, reject });
        dispatch();
      });
    },
    close: async () => {
      closing = true;
      await Promise.all(members.map((m) => m.end()));
    },
  };
}
