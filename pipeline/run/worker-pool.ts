import { Worker } from 'node:worker_threads';
import { TarjamaError, type Place } from '../io/tarjama-error.js';
import type { NamespaceEntry } from '../project/list-namespaces.js';
import type { NamespaceResult } from './process-namespace.js';
import type { WorkerMessage, WorkerSetup } from './worker.js';

/**
 * Spreads namespaces over `size` worker threads, one namespace at a time per worker as each
 * finishes the last (documents differ in length), and returns the results in `entries` order.
 */
export async function runInPool(entries: readonly NamespaceEntry[], setup: WorkerSetup, size: number, onResult: (result: NamespaceResult) => void): Promise<NamespaceResult[]> {
  const results = new Map<string, NamespaceResult>();
  const queue = [...entries];
  const workers = Array.from({ length: Math.min(size, entries.length) }, () => new Worker(new URL('./worker.js', import.meta.url), { workerData: setup }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const next = (): void => {
              const entry = queue.shift();
              if (entry) worker.postMessage(entry);
              else resolve();
            };
            worker.on('message', (message: WorkerMessage) => {
              if (message.type === 'ready') next();
              else if (message.type === 'result') {
                results.set(message.result.namespace, message.result);
                onResult(message.result);
                next();
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
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return entries.map((entry) => results.get(entry.namespace) as NamespaceResult);
}
