import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare } from './compare.js';

/**
 * A hash of tarjama's own compiled code: the name and content of each file of the bundle the
 * CLI runs from (`dist/bin`, 2 MB read in a few milliseconds, once per run), or of the whole
 * compiled tree when tarjama is used as a library. A new version rebuilds everything; the same
 * code compiled again — a CI runner after `npm ci` — keeps the caches valid. Worked out once per
 * thread, where the build records, the run context and the kept parses each ask for it: the
 * code a thread runs is the code it loaded.
 */
export function tarjamaCodeHash(): string {
  computed ??= hashCode();
  return computed;
}

let computed: string | undefined;

function hashCode(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const root = path.basename(here) === 'bin' ? here : path.dirname(fileURLToPath(new URL('../index.js', import.meta.url)));
  const hash = createHash('sha256');
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => compare(a.name, b.name))) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (/\.js$/.test(entry.name)) hash.update(`${path.relative(root, file)}\0`).update(readFileSync(file)).update('\0');
    }
  };
  visit(root);
  return hash.digest('hex');
}
