import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../config/config.js';
import { articleSource } from '../project/article-source.js';
import type { NamespaceEntry } from '../project/list-namespaces.js';
import { loadDocument } from '../project/load-document.js';
import { parsedArticles } from '../project/parsed-articles.js';
import { projectPaths } from '../project/project-paths.js';
import { tarjamaCodeHash } from '../util/tarjama-code-hash.js';
import type { ArticleMessage } from './article-loader.js';

/** What `articleLoader` gives each of its workers: the project, once. */
export interface ArticleWorkerSetup {
  root: string;
  config: Config;
}

const { root, config } = workerData as ArticleWorkerSetup;
// A guard of this thread's own: every file is read through the same checks as on the main thread.
const paths = projectPaths(root, config);
const parses = parsedArticles(paths, config.frontMatterFields, tarjamaCodeHash());
const port = parentPort;
if (!port) throw new Error('run/article-worker.js runs as a worker thread');
port.on('message', (entry: NamespaceEntry) => {
  loadDocument(paths, config, entry, entry.namespace, parses).then(
    (loaded) => port.postMessage({ type: 'loaded', namespace: entry.namespace, article: articleSource(loaded) } satisfies ArticleMessage),
    // The main thread loads it again, and stops on the same error where the run reaches it.
    () => port.postMessage({ type: 'failed', namespace: entry.namespace } satisfies ArticleMessage),
  );
});
port.postMessage({ type: 'ready' } satisfies ArticleMessage);
