import path from 'node:path';

/** `file` relative to `root`, with `/` separators, as reports show it. */
export function relativePath(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}
