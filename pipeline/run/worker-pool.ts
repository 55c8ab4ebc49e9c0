import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { NamespaceResult } from '../publish/edition-result.js';
import { TarjamaError, type Place } from '../util/tarjama-error.js';
import type { NamespaceWork, WorkerMessage, WorkerSetup } from './worker.js';

/** Namespaces a worker holds at once: one at work, one waiting while the main thread is busy. */
const depth = 2;

/** How many threads a pool has, and each worker's heap limits (`leanHeap.workerLimits`, or V8's defaults). */
export interface PoolOptions {
  size: number;
  resourceLimits?: ResourceLimits | undefined;
}

/**
 * Spreads namespaces over `size` threads: the main thread, through `local`, and `size - 1`
 * worker threads (each a copy of the libraries in memory, so none is started for a thread
 * that would only wait: with one thread, everything runs on the main one, in order). Each
 * thread takes the next namespace as it finishes one (documents differ in length), and hands
 * its result to `onResult`.
 */
export async function runInPool(
  queued: readonly NamespaceWork[],
  setup: WorkerSetup,
  { size, resourceLimits }: PoolOptions,
  local: (work: NamespaceWork) => Promise<NamespaceResult>,
  onResult: (result: NamespaceResult) => void,
): Promise<void> {
  const queue = [...queued];
  const workers = Array.from({ length: Math.max(0, Math.min(size, queued.length) - 1) }, () => new Worker(new URL('./worker.js', import.meta.url), { workerData: setup, resourceLimits }));
  // After a failure no thread takes more work.
  const fail = (reject: (error: Error) => void) => (error: Error): void => {
    queue.length = 0;
    reject(error);
  };
  try {
    const remote = workers.map(
      (worker) =>
        new Promise<void>((resolve, rejectPool) => {
          const reject = fail(rejectPool);
          let held = 0;
          const fill = (): void => {
            for (let work = held < depth ? queue.shift() : undefined; work; work = held < depth ? queue.shift() : undefined) {
              worker.postMessage(work);
              held += 1;
            }
            if (held === 0) resolve();
          };
          worker.on('message', (message: WorkerMessage) => {
            if (message.type === 'ready') fill();
            else if (message.type === 'result') {
              held -= 1;
              onResult(message.result);
              fill();
            } else {
              const failure = message.error.name === 'TarjamaError' ? new TarjamaError(message.error.message, message.error.place as Place | undefined) : new Error(`${message.namespace}: ${message.error.stack ?? message.error.message}`);
              reject(failure);
            }
          });
          worker.on('error', reject);
          worker.on('exit', (code) => {
            if (code !== 0) reject(new Error(`a tarjama worker stopped with code ${code}`));
          });
        }),
    );
    const main = (async () => {
      try {
        for (let work = queue.shift(); work; work = queue.shift()) {
          onResult(await local(work));
          // Lets the workers' messages in, so that they are given more work.
          await new Promise((resolve) => setImmediate(resolve));
        }
      } catch (error) {
        queue.length = 0;
        throw error;
      }
    })();
    await Promise.all([main, ...remote]);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
