/**
 * How a run uses the machine. The CLI reads them from the environment (`TARJAMA_JOBS`,
 * `TARJAMA_V8_DEFAULTS`); a program using the API sets them or keeps the defaults.
 */
export interface RunSettings {
  /** Threads, the main one included; default: the machine's cores. A run of fewer than 24 namespaces to build starts no worker, and one that is not a number above 1 none either. */
  jobs?: number | undefined;
  /** Sizes V8's heaps for a large run (`lean-heap.ts`); off by default, so that a program using the API keeps its own settings. */
  leanHeap?: boolean | undefined;
}
