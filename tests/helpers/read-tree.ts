import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Every file under `folder` of `root` (none when it is absent), by its path from the root with
 * `/` separators, with its text; `keep` leaves a file out by that path. Synchronous: the crash
 * and kill tests read a project after each of hundreds of runs, and an await per file made it
 * 75 ms a project.
 */
export function readTree(root: string, folder: string, keep: (file: string) => boolean = () => true): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (dir: string): void => {
    if (!existsSync(path.join(root, dir))) return;
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const relative = `${dir}/${entry.name}`;
      if (entry.isDirectory()) visit(relative);
      else if (keep(relative)) found.set(relative, readFileSync(path.join(root, relative), 'utf8'));
    }
  };
  visit(folder);
  return found;
}
