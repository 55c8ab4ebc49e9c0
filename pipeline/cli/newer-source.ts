import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The files outside `pipeline/` that the compiled bin also depends on. */
const manifests = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];

/**
 * The first file the compiled bin is made from (`pipeline/**\/*.ts`, the manifests) that was
 * modified after `compiledAt` (a time in milliseconds), relative to `packageRoot`; null when
 * the bin is newer than all of them.
 */
export function newerSource(packageRoot: string, compiledAt: number): string | null {
  const sources = readdirSync(path.join(packageRoot, 'pipeline'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join('pipeline', file));
  for (const file of [...manifests, ...sources]) {
    const stats = statSync(path.join(packageRoot, file), { throwIfNoEntry: false });
    if (stats !== undefined && stats.mtimeMs > compiledAt) return file.split(path.sep).join('/');
  }
  return null;
}
