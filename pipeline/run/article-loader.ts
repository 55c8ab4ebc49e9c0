import { Worker } from 'node:worker_threads';
import type { Config } from '../config/config.js';
import { articleSource, type ArticleSource } from '../project/article-source.js';
import type { NamespaceEntry } from '../project/list-namespaces.js';
import { loadDocument } from '../project/load-document.js';
import { parsedArticles } from '../project/parsed-articles.js';
import type { ProjectPaths } from '../project/project-paths.js';
import { tarjamaCodeHash } from '../util/tarjama-code-hash.js';
import type { ArticleWorkerSetup } from './article-worker.js';
import { leanHeap } from './lean-heap.js';
import { defaultPoolFrom } from './run-settings.js';

/** A message from an article worker: ready for work, an article loaded, or one to load again on the main thread. */
export type ArticleMessage = { type: 'ready' } | { type: 'loaded'; namespace: string; article: ArticleSource } | { type: 'failed'; namespace: string };

/** Gives `extract` its articles one after another, loaded (read and parsed) ahead when it can. */
export interface ArticleLoader {
  /** The article as `loadDocument` loads it; asked for in the order the loader was given. */
  load(entry: NamespaceEntry): Promise<ArticleSource>;
  /**
   * The article loaded again, keyed by the previous extraction of `previousNamespace` (the name
   * it had before a rename), on this thread: its parse is the one `load` kept, not a new one.
   */
  loadRenamed(entry: NamespaceEntry, previousNamespace: string): Promise<ArticleSource>;
  /** Stops the workers. */
  close(): Promise<void>;
}

/** How many worker threads load articles, from how many articles on (`RunSettings.poolFrom`), and whether the heaps are sized for a large run (`leanHeap`, as `build` sizes them). */
export interface LoaderOptions {
  workers: number;
  poolFrom?: number | undefined;
  leanHeap?: boolean | undefined;
}

/** Articles a worker holds at once: one at work, one waiting while the main thread is busy. */
const depth = 2;

/** Articles loaded and not yet asked for, at most: the main thread loads no more ahead than this. */
const ahead = 4;

/**
 * Loads `entries` (articles, in the order `load` will ask for them) on `workers` threads beside
 * the main one, which plans and writes them: reading and parsing the sources is most of a cold
 * extract. Each worker takes the next article no thread has taken. The main thread loads an
 * article itself when it gets to one no worker has taken (the first ones, while the workers
 * start), and, rather than wait for a worker, loads the next one no thread has taken, a few
 * at most. An article that failed to load ahead (on a worker or on the main thread) is loaded
 * again when asked for, and fails then as the run on one thread would: at the same article,
 * with the same error. With no worker, or few articles, every article is loaded on the main
 * thread when asked for.
 */
export function articleLoader(paths: ProjectPaths, config: Config, entries: readonly NamespaceEntry[], { workers: size, poolFrom = defaultPoolFrom, leanHeap: lean }: LoaderOptions): ArticleLoader {
  if (entries.length > 0) leanHeap.growYoung();
  const parses = parsedArticles(paths, config.frontMatterFields, tarjamaCodeHash());
  const local = async (entry: NamespaceEntry): Promise<ArticleSource> => articleSource(await loadDocument(paths, config, entry, entry.namespace, parses));
  const loadRenamed = async (entry: NamespaceEntry, previousNamespace: string): Promise<ArticleSource> => articleSource(await loadDocument(paths, config, entry, previousNamespace, parses));
  if (size < 1 || entries.length < poolFrom) return { load: local, loadRenamed, close: async () => {} };
  if (lean) leanHeap.apply();
  const resourceLimits = lean ? leanHeap.workerLimits : undefined;
  const queue = [...entries];
  /** Articles at a worker. */
  const atWorker = new Set<string>();
  /** Articles loaded ahead, null for one that failed. */
  const loaded = new Map<string, ArticleSource | null>();
  const waiting = new Map<string, () => void>();
  const settle = (namespace: string, article: ArticleSource | null): void => {
    atWorker.delete(namespace);
    loaded.set(namespace, article);
    waiting.get(namespace)?.();
    waiting.delete(namespace);
  };
  const setup: ArticleWorkerSetup = { root: paths.root, config };
  const workers = Array.from({ length: Math.min(size, entries.length) }, () => {
    const worker = new Worker(new URL('./article-worker.js', import.meta.url), { workerData: setup, resourceLimits });
    const held = new Set<string>();
    const fill = (): void => {
      for (let entry = held.size < depth ? queue.shift() : undefined; entry; entry = held.size < depth ? queue.shift() : undefined) {
        held.add(entry.namespace);
        atWorker.add(entry.namespace);
        worker.postMessage(entry);
      }
    };
    // A worker that stops gives its articles back to the main thread, and takes no more.
    const stop = (): void => {
      for (const namespace of held) settle(namespace, null);
      held.clear();
    };
    worker.on('message', (message: ArticleMessage) => {
      if (message.type !== 'ready') {
        held.delete(message.namespace);
        settle(message.namespace, message.type === 'loaded' ? message.article : null);
      }
      fill();
    });
    worker.on('error', stop);
    worker.on('exit', stop);
    return worker;
  });
  const next = (): NamespaceEntry | undefined => (loaded.size < ahead ? queue.shift() : undefined);
  return {
    loadRenamed,
    async load(entry) {
      const { namespace } = entry;
      for (;;) {
        // Lets the workers' messages in (the main thread's own work never waits for them).
        await new Promise((resolve) => setImmediate(resolve));
        if (loaded.has(namespace)) {
          const article = loaded.get(namespace);
          loaded.delete(namespace);
          return article ?? local(entry);
        }
        if (!atWorker.has(namespace)) {
          const at = queue.findIndex((queued) => queued.namespace === namespace);
          if (at >= 0) queue.splice(at, 1);
          return local(entry);
        }
        const later = next();
        if (later) loaded.set(later.namespace, await local(later).catch(() => null));
        else await new Promise<void>((resolve) => waiting.set(namespace, resolve));
      }
    },
    async close() {
      queue.length = 0;
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
