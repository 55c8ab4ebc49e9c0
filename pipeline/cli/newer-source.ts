import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The files outside `pipeline/` that the compiled bin also depends on. */
const manifests = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];

/**
 * The first file the compiled bin is made from (`pipeline/**\/*.ts`, the manifests) that was
 * modified after `compiledAt` (a time in milliseconds), or the first folder of `pipeline/` a
 * file was added to, removed from or renamed in since (a source deleted leaves no file to be
 * newer), relative to `packageRoot`; null when the bin is newer than all of them.
 */
export function newerSource(packageRoot: string, compiledAt: number): string | null {
  const entries = readdirSync(path.join(packageRoot, 'pipeline'), { recursive: true, withFileTypes: true });
  const folders = ['pipeline', ...entries.filter((entry) => entry.isDirectory()).map((entry) => path.relative(packageRoot, path.join(entry.parentPath, entry.name)))];
  const sources = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.ts')).map((entry) => path.relative(packageRoot, path.join(entry.parentPath, entry.name)));
  for (const file of [...manifests, ...folders, ...sources]) {
    const stats = statSync(path.join(packageRoot, file), { throwIfNoEntry: false });
    if (stats !== undefined && stats.mtimeMs > compiledAt) return file.split(path.sep).join('/');
  }
  return null;
}
