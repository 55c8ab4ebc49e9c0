import { Worker } from 'node:worker_threads';
import type { Config } from '../config/config.js';
import type { ArticleSource } from '../project/article-source.js';
import type { NamespaceEntry } from '../project/list-namespaces.js';
import { loadDocument } from '../project/load-document.js';
import type { ProjectPaths } from '../project/project-paths.js';
import type { ArticleWorkerSetup } from './article-worker.js';
import { leanHeap } from './lean-heap.js';

/** A message from an article worker: ready for work, an article loaded, or one to load again on the main thread. */
export type ArticleMessage = { type: 'ready' } | { type: 'loaded'; namespace: string; article: ArticleSource } | { type: 'failed'; namespace: string };

/** Gives `extract` its articles one after another, loaded (read and parsed) ahead when it can. */
export interface ArticleLoader {
  /** The article as `loadDocument` loads it; asked for in the order the loader was given. */
  load(entry: NamespaceEntry): Promise<ArticleSource>;
  /** Stops the workers. */
  close(): Promise<void>;
}

/** How many worker threads load articles, and whether the heaps are sized for a large run (`leanHeap`, as `build` sizes them). */
export interface LoaderOptions {
  workers: number;
  leanHeap?: boolean | undefined;
}

/** Below this many articles to load, starting workers costs more than it saves. */
const loaderThreshold = 24;

/** Articles a worker holds at once: one at work, one waiting while the main thread is busy. */
const depth = 2;

/**
 * Loads `entries` (articles, in the order `load` will ask for them) on `workers` threads while
 * the main one plans and writes: reading and parsing the sources is most of a cold extract.
 * Each worker takes the next article not taken yet; the main thread loads itself an article
 * no worker has taken when it gets to it (the first ones, while the workers start). An article
 * a worker failed to load is loaded again on the main thread, which then fails as the run on
 * one thread would, at the same article and with the same error. With no worker, or few
 * articles, every article is loaded on the main thread when asked for.
 */
export function articleLoader(paths: ProjectPaths, config: Config, entries: readonly NamespaceEntry[], { workers: size, leanHeap: lean }: LoaderOptions): ArticleLoader {
  const local = (entry: NamespaceEntry): Promise<ArticleSource> => loadDocument(paths, config, entry);
  if (size < 1 || entries.length < loaderThreshold) return { load: local, close: async () => {} };
  if (lean) leanHeap.apply();
  const resourceLimits = lean ? leanHeap.workerLimits : undefined;
  const queue = [...entries];
  const taken = new Map<string, Promise<ArticleSource | null>>();
  const setup: ArticleWorkerSetup = { root: paths.root, config };
  const workers = Array.from({ length: Math.min(size, entries.length) }, () => {
    const worker = new Worker(new URL('./article-worker.js', import.meta.url), { workerData: setup, resourceLimits });
    const held = new Map<string, (article: ArticleSource | null) => void>();
    const fill = (): void => {
      for (let entry = held.size < depth ? queue.shift() : undefined; entry; entry = held.size < depth ? queue.shift() : undefined) {
        const namespace = entry.namespace;
        taken.set(namespace, new Promise((resolve) => held.set(namespace, resolve)));
        worker.postMessage(entry);
      }
    };
    // A worker that stops gives its articles back to the main thread, and takes no more.
    const stop = (): void => {
      for (const resolve of held.values()) resolve(null);
      held.clear();
    };
    worker.on('message', (message: ArticleMessage) => {
      if (message.type !== 'ready') {
        held.get(message.namespace)?.(message.type === 'loaded' ? message.article : null);
        held.delete(message.namespace);
      }
      fill();
    });
    worker.on('error', stop);
    worker.on('exit', stop);
    return worker;
  });
  return {
    async load(entry) {
      // Lets the workers' messages in (the main thread's own work never waits), so that they are given more work.
      await new Promise((resolve) => setImmediate(resolve));
      const pending = taken.get(entry.namespace);
      if (pending === undefined) {
        const at = queue.findIndex((queued) => queued.namespace === entry.namespace);
        if (at >= 0) queue.splice(at, 1);
        return local(entry);
      }
      taken.delete(entry.namespace);
      return (await pending) ?? local(entry);
    },
    async close() {
      queue.length = 0;
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
