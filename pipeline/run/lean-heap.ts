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
  /**
   * Sets the process-wide flags, before a large run on more than one thread. Besides the heap's
   * growth: every thread scavenges its young generation alone. A parallel scavenge hands its
   * work to V8's helper threads and waits for them; with every core running a thread of the
   * run, the helpers wait for a core, and so does the thread that called them. Measured on
   * this repository's 2-core machine, cold `build --extract` of the bench's 1,000 articles
   * under `--trace-gc-nvp`, two runs each, alternated with the same code scavenging in parallel:
   * 2,055–2,063 scavenges paused the two threads 4.3 s in all, against 5.1–5.3 s for 2,053–2,064;
   * the runs took 32.1 and 30.7 s against 36.0 and 32.7 s (the machine's noise is that large).
   */
  apply(): void {
    setFlagsFromString('--heap-growing-percent=200');
    setFlagsFromString('--no-parallel-scavenge');
  },
  /** A worker's limits (the main thread's young generation is sized before tarjama runs). */
  workerLimits: { maxYoungGenerationSizeMb: 24 } satisfies ResourceLimits as ResourceLimits,
  /**
   * Keeps the young generation at its first size, from the start of a run that may find nothing
   * to do: a no-change build of 1,000 articles reads 11,000 stats and its records, and V8 would
   * grow the young generation three times over for them, each time into new pages (12,000 page
   * faults in all, 8,400 held: 0.41 s instead of 0.45 s). `growYoung` lets it grow again as soon
   * as the run has work, which a small young generation slows by a fifth.
   */
  holdYoung(): void {
    setFlagsFromString('--semi-space-growth-factor=1');
    youngHeld = true;
  },
  /** V8's default growth of the young generation (a factor of 2) again, for a run with work to do, if `holdYoung` held it (else nothing). */
  growYoung(): void {
    if (!youngHeld) return;
    setFlagsFromString('--semi-space-growth-factor=2');
    youngHeld = false;
  },
};

/** Whether `holdYoung` holds the young generation: only a CLI run in its own process does, so an in-process run sets no flag. */
let youngHeld = false;
