import { Worker } from 'node:worker_threads';

/**
 * The thread that watches and kills: the moment of a kill must not wait for the test's own event
 * loop, which an extract run in-process holds for about 80 ms at a time (the crash test runs one
 * beside each killed extract), while the commit of its project keeps its journal 3–9 ms.
 */
const source = `
const { parentPort } = require('node:worker_threads');
const { watch } = require('node:fs');
const armed = new Map();
parentPort.on('message', (message) => {
  const aim = armed.get(message.id);
  if (message.pid !== undefined) aim.pid = message.pid;
  else if (message.disarm) {
    aim.watcher.close();
    clearTimeout(aim.timer);
    armed.delete(message.id);
  } else {
    const { id, folder, name, delay } = message;
    const next = { pid: undefined, timer: undefined, watcher: undefined };
    try {
      next.watcher = watch(folder, (_event, file) => {
        if (file !== name || next.pid === undefined || next.timer !== undefined) return;
        next.timer = setTimeout(() => {
          try {
            process.kill(next.pid, 'SIGKILL');
          } catch {}
        }, delay);
      });
    } catch (error) {
      parentPort.postMessage({ id, error: String(error) });
      return;
    }
    armed.set(id, next);
    parentPort.postMessage({ id });
  }
});
`;

let killer: Worker | undefined;
let lastId = 0;

/** A kill set up by `killWhenFileAppears`. */
export interface Aimed {
  /** The process to kill: spawn it once the watch is set (the promise resolved), then give its pid. */
  at(pid: number): void;
  /** Stops the watch and a timer not yet fired: call it once the process has exited. */
  disarm(): void;
}

/**
 * Sets a SIGKILL to fall `delay` ms after a file named `name` appears in `folder` (the first
 * event naming it after `at` gave the process), on a thread of its own. Resolves once the
 * folder is watched; rejects, saying why, when it cannot be.
 */
export function killWhenFileAppears(folder: string, name: string, delay: number): Promise<Aimed> {
  if (killer === undefined) {
    killer = new Worker(source, { eval: true });
    killer.unref();
  }
  const thread = killer;
  const id = (lastId += 1);
  return new Promise((resolve, reject) => {
    const watching = (message: { id: number; error?: string }): void => {
      if (message.id !== id) return;
      thread.off('message', watching);
      // A folder that cannot be watched (absent) fails the test that asked, rather than leaving it waiting.
      if (message.error !== undefined) reject(new Error(`cannot watch ${folder}: ${message.error}`));
      else resolve({ at: (pid) => thread.postMessage({ id, pid }), disarm: () => thread.postMessage({ id, disarm: true }) });
    };
    thread.on('message', watching);
    thread.postMessage({ id, folder, name, delay });
  });
}
