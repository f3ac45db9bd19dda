/**
 * What every worker of worker-pool.ts runs, as a thread or a child process:
 * it loads the module it is told (`createWork(init)`), then answers each
 * request with it, in the order they come, over request-reply.ts. A child
 * process exits when its pool disconnects.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { answerer, type Reply, type Request } from './request-reply.ts';
import type { WorkerStart } from './worker-pool.ts';

type Work = (request: unknown) => unknown;
type Answer = (message: Request<unknown>) => void;

/** Answers `message` once the module is loaded; if it could not be, with why, so that no request hangs. */
function whenReady(ready: Promise<Answer>, message: Request<unknown>): void {
  ready.then(
    (answer) => answer(message),
    (error: Error) => post({ id: message.id, error: `the worker could not load its module: ${error.message}`, ...(error.stack ? { stack: error.stack } : {}) }),
  );
}

async function load(start: WorkerStart): Promise<Answer> {
  const { createWork } = (await import(start.module)) as { createWork: (init: unknown) => Work | Promise<Work> };
  const work = await createWork(start.init);
  return answerer((reply: Reply<unknown>) => post(reply), work);
}

let post: (reply: Reply<unknown>) => void;

if (parentPort) {
  const port = parentPort;
  post = (reply) => port.postMessage(reply);
  const ready = load(workerData as WorkerStart);
  // Requests that come while the module loads wait for it, in order.
  port.on('message', (message: Request<unknown>) => whenReady(ready, message));
} else {
  // A send that fails as the channel closes goes to the callback, not an 'error' event with a stack.
  post = (reply) => void (process.connected && process.send!(reply, undefined, {}, () => undefined));
  let ready: Promise<Answer> | undefined;
  process.on('disconnect', () => process.exit(0));
  process.on('message', (message: WorkerStart | Request<unknown>) => {
    if (!ready) {
      ready = load(message as WorkerStart);
      return;
    }
    whenReady(ready, message as Request<unknown>);
  });
}
