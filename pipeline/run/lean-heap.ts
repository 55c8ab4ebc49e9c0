import { setFlagsFromString } from 'node:v8';
import type { ResourceLimits } from 'node:worker_threads';

/**
 * How the CLI sizes V8's heaps for a run over many namespaces (`RunOptions.leanHeap`; the CLI
 * turns it on unless `TARJAMA_V8_DEFAULTS=1`). Such a run keeps little alive (one namespace at
 * a time: 15–25 MB per thread) but allocates fast; by default V8 lets each heap grow to about
 * four times its live data, with garbage, before compacting it, and gives each thread 32 MB
 * of young generation. Growing to three times, and a worker's young generation at 8 MB
 * semi-spaces, keeps a cold build of 1,000 articles under 300 MB instead of about 330 MB, for
 * a few percent more time (the bench prints both; 2.5 times saved about 20 MB more, for more
 * time again). A small run (one article changed) keeps V8's defaults: it is faster with them.
 * Only the CLI asks for this: a program using tarjama's API keeps its own heap settings.
 */
export const leanHeap = {
  /** Sets the process-wide flag, before a large run. */
  apply(): void {
    setFlagsFromString('--heap-growing-percent=200');
  },
  /** A worker's limits (the main thread's young generation is sized before tarjama runs). */
  workerLimits: { maxYoungGenerationSizeMb: 24 } satisfies ResourceLimits as ResourceLimits,
};
