/**
 * How a run uses the machine. The CLI reads them from the environment (`TARJAMA_JOBS`,
 * `TARJAMA_V8_DEFAULTS`); a program using the API sets them or keeps the defaults.
 */
export interface RunSettings {
  /** Threads, the main one included; default: the machine's cores. One that is not a number above 1 starts no worker. */
  jobs?: number | undefined;
  /**
   * The fewest namespaces to check or build, or articles for extract to read, for which a run
   * starts workers; default `defaultPoolFrom`. The CLI sets it to 2 when `TARJAMA_JOBS` is set:
   * the threads asked for are used for any run they can share.
   */
  poolFrom?: number | undefined;
  /** Sizes V8's heaps for a large run (`lean-heap.ts`); off by default, so that a program using the API keeps its own settings. */
  leanHeap?: boolean | undefined;
  /**
   * The run is its process's own (the CLI's, not a program's or a test's in-process call): with
   * `leanHeap`, extract, build and check hold V8's young generation at its first size until they
   * find work (`leanHeap.holdYoung`), which a flag of the whole process does.
   */
  ownProcess?: boolean | undefined;
}

/**
 * Below this many namespaces to check or build, or articles to read and parse, a worker costs
 * more than it saves: each starts its own copy of the libraries, cold, and on this repository's
 * 2-core machine two threads do only 1.1–1.4 × the Markdown work of one (the bench measures it).
 * Measured there (`TARJAMA_JOBS=2` against `1`, cold runs of the bench's articles): a build of 120
 * articles takes 4.7 s on two threads and 4.4 s on one, of 300 articles 9.0 s and 9.9 s; a check
 * of 300 takes 6.0 s either way; an extract of 120 takes 1.8 s and 1.65 s, of 300 3.4 s and
 * 3.3 s, of 1,000 7.7 s and 8.8–9.4 s.
 */
export const defaultPoolFrom = 300;
