import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { processor } from '../pipeline/markdown/processor.js';

/** What a `parallelThroughput` thread parses: the same files in every thread. */
export interface ThroughputTask {
  files: string[];
}

// A worker of `parallelThroughput`: parses every file once to warm the code up, then again, timed.
const { files } = workerData as ThroughputTask;
const texts = files.map((file) => readFileSync(file, 'utf8'));
for (const text of texts) processor.parse(text);
const started = performance.now();
for (const text of texts) processor.parse(text);
parentPort?.postMessage((performance.now() - started) / 1000);
