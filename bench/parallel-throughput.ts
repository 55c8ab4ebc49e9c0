import { Worker } from 'node:worker_threads';
import type { ThroughputTask } from './throughput-worker.js';

/** How much of the library work `threads` threads get done at once, against one thread alone. */
export interface ParallelThroughput {
  threads: number;
  /** How many sources each thread parsed. */
  files: number;
  /** Seconds one thread alone takes for its share of work. */
  alone: number;
  /** Seconds each of `threads` threads takes for the same share, all at once. */
  together: number[];
  /** Work done per second by all the threads together, in units of one thread alone: `threads` at best. */
  speedup: number;
}

/** Runs one task on each of `threads` worker threads started together; each reports the seconds its timed work took. */
async function timeTogether(threads: number, task: ThroughputTask): Promise<number[]> {
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./throughput-worker.js', import.meta.url), { workerData: task }));
  try {
    return await Promise.all(
      workers.map(
        (worker) =>
          new Promise<number>((resolve, reject) => {
            worker.once('message', (seconds: number) => resolve(seconds));
            worker.once('error', reject);
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/**
 * Measures what running on `threads` cores at once gives on this machine: remark parses the
 * same sources on one worker thread, then on `threads` worker threads at once (each warmed up
 * before it is timed, so that only the parse is compared). Shared caches, memory bandwidth and
 * virtual cores that share a physical one make `speedup` less than `threads`; a bound that
 * assumes perfect spreading divides by `threads`, one this machine can reach by `speedup`.
 */
export async function parallelThroughput(files: readonly string[], threads: number): Promise<ParallelThroughput> {
  const task: ThroughputTask = { files: [...files] };
  const [alone] = await timeTogether(1, task);
  const together = await timeTogether(threads, task);
  return { threads, files: files.length, alone: alone as number, together, speedup: (threads * (alone as number)) / Math.max(...together) };
}
