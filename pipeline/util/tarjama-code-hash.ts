import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare } from './compare.js';

/**
 * A hash of tarjama's own compiled code: the name and content of each file of the bundle the
 * CLI runs from (`dist/bin`), or of the whole compiled tree when tarjama is used as a library.
 * A new version rebuilds everything; the same code compiled again — a CI runner after `npm ci`
 * — keeps the caches valid. Worked out once per thread, where the build records, the run
 * context and the kept parses each ask for it: the code a thread runs is the code it loaded.
 * The compile writes it beside the bundle (`writeCodeStamp`), with the size and time of each
 * file it hashed: while those hold, a run reads the stamp rather than 2 MB of code.
 */
export function tarjamaCodeHash(): string {
  if (computed === undefined) {
    const root = codeFolder();
    computed = stampedHash(root) ?? hashCode(root, codeFiles(root));
  }
  return computed;
}

let computed: string | undefined;

/** The name of the stamp in the bundle's folder; not a `.js` file, so not part of what it hashes. */
const stampName = 'code-hash.json';

/** Where tarjama's compiled code is: the bundle's folder, or the compiled tree. */
function codeFolder(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return path.basename(here) === 'bin' ? here : path.dirname(fileURLToPath(new URL('../index.js', import.meta.url)));
}

/** The code's files, relative to `root` with `/`, in a fixed order. */
function codeFiles(root: string): string[] {
  const files: string[] = [];
  const visit = (relative: string): void => {
    for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true }).sort((a, b) => compare(a.name, b.name))) {
      const file = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) visit(file);
      else if (entry.name.endsWith('.js')) files.push(file);
    }
  };
  visit('');
  return files;
}

function hashCode(root: string, files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${path.join(...file.split('/'))}\0`).update(readFileSync(path.join(root, file))).update('\0');
  return hash.digest('hex');
}

/** Each file's size and modification time, as the stamp records them. */
function signature(root: string, files: readonly string[]): Record<string, [number, number]> {
  return Object.fromEntries(files.map((file) => {
    const stat = lstatSync(path.join(root, file));
    return [file, [stat.size, stat.mtimeMs]];
  }));
}

/**
 * The hash the stamp in `root` holds while the files it lists are the code's files, each with
 * its size and its time to within a millisecond (a copy that keeps times keeps them to the
 * millisecond, or a float's rounding of it); else null.
 */
function stampedHash(root: string): string | null {
  const stamp = path.join(root, stampName);
  if (!existsSync(stamp)) return null;
  try {
    const { hash, files } = JSON.parse(readFileSync(stamp, 'utf8')) as { hash: unknown; files: { [file: string]: unknown } };
    const names = codeFiles(root);
    if (typeof hash !== 'string' || typeof files !== 'object' || files === null || Object.keys(files).join('\0') !== names.join('\0')) return null;
    const held = Object.entries(signature(root, names)).every(([file, [size, time]]) => {
      const [stampedSize, stampedTime] = files[file] as [unknown, unknown];
      return stampedSize === size && typeof stampedTime === 'number' && Math.abs(stampedTime - time) < 1;
    });
    return held ? hash : null;
  } catch {
    return null;
  }
}

/** Writes the stamp of the code in `root` (the compile does, for `dist/bin`). */
export function writeCodeStamp(root: string): void {
  const files = codeFiles(root);
  writeFileSync(path.join(root, stampName), `${JSON.stringify({ hash: hashCode(root, files), files: signature(root, files) })}\n`);
}
