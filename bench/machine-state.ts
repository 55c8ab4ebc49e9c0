import { spawnSync } from 'node:child_process';
import { medianTime } from './median.js';

/**
 * What a run of this machine costs before any of tarjama's work, measured at the time of the
 * bench: Node's own start-up (`node -e 0`, the median of `runs`) and touching new memory (256 MB
 * written once, each 4 KB page a fault the kernel, and a virtual machine's host, must serve).
 * Both move between runs of the bench on a virtual machine; the runs that start processes and
 * fill new heaps (no-change builds, `npm test`, po4a) move with them, the libraries' own work
 * (the library floor) much less.
 */
export function machineState(runs: number): string {
  const start = medianTime(runs, () => spawnSync(process.execPath, ['-e', '0'], { stdio: 'ignore' }));
  const size = 256 * 1024 * 1024;
  const memory = Buffer.alloc(size);
  const started = performance.now();
  memory.fill(1);
  const touch = (performance.now() - started) / 1000;
  return `this machine at the time: node's start-up ${start.toFixed(3)} s (${runs}-run median); 256 MB of new memory written once ${touch.toFixed(2)} s, ${((touch / (size / 4096)) * 1e6).toFixed(1)} µs a 4 KB page`;
}
