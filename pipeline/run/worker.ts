import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../config/config.js';
import type { NamespaceEntry } from '../project/list-namespaces.js';
import type { PublishOptions } from '../publish/publish-options.js';
import { processNamespace } from './process-namespace.js';
import { createRunContext } from './run-context.js';

/** What the pool gives each worker: the run, once. */
export interface WorkerSetup {
  root: string;
  config: Config;
  site: NamespaceEntry | null;
  siteBlocked: string[];
  publish: PublishOptions | null;
}

/** One namespace to build or check, on whichever thread: the locales in `reuse` keep the editions of the last build. */
export interface NamespaceWork {
  entry: NamespaceEntry;
  reuse: string[];
}

/** A message from a worker: ready for work, a namespace's result, or a failure. */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'result'; result: Awaited<ReturnType<typeof processNamespace>> }
  | { type: 'error'; namespace: string; error: { name: string; message: string; place?: unknown; stack?: string } };

const setup = workerData as WorkerSetup;
const context = await createRunContext(setup.root, setup.config, setup.site !== null);
for (const locale of setup.siteBlocked) context.siteBlocked.add(locale);
// Every edition shows the site strings: load them into this worker's i18next instance too.
if (setup.site) await processNamespace(context, setup.site, null);

const port = parentPort;
if (!port) throw new Error('run/worker.js runs as a worker thread');
port.on('message', ({ entry, reuse }: NamespaceWork) => {
  processNamespace(context, entry, setup.publish, new Set(reuse)).then(
    (result) => port.postMessage({ type: 'result', result } satisfies WorkerMessage),
    (error: unknown) => {
      const failure = error instanceof Error ? error : new Error(String(error));
      port.postMessage({ type: 'error', namespace: entry.namespace, error: { name: failure.name, message: failure.message, place: (failure as { place?: unknown }).place, stack: failure.stack } } satisfies WorkerMessage);
    },
  );
});
port.postMessage({ type: 'ready' } satisfies WorkerMessage);
