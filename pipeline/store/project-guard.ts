import { existsSync, lstatSync, type Stats } from 'node:fs';
import path from 'node:path';
import { assertInsideProject } from './inside-project.js';

/** One run's path-safety check: `assertInsideProject` for every file the run reads, stats or removes. */
export interface ProjectGuard {
  /** The project root, absolute. */
  root: string;
  /**
   * Asserts that `file` lies inside the project once every link is resolved and is not itself a
   * link (else the error of `assertInsideProject`); returns its own stat, undefined when it is
   * absent, so that a caller that wanted the stat makes no second system call.
   */
  stat(file: string): Stats | undefined;
}

/**
 * The guard of one run over the project at `root`. Resolving a file's real path takes a system
 * call per folder of its path; an incremental build stats thousands of files in a few folders
 * and otherwise reads none. So each folder found inside the project is remembered, and a file
 * in it costs one `lstat` (the stat the caller wanted anyway): not a link, it is inside too.
 * A folder found absent is remembered too, its path checked up to the nearest folder that
 * exists: a file in it that is still absent costs one `lstat` (a cold extract asks for
 * thousands of catalogs in folders it has yet to make), and one that is there now the full
 * check. The folders are trusted for the guard's life only, which is one run: a later run in
 * the same process (the library API, a watcher) makes a new guard and sees a folder replaced by a link.
 */
export function projectGuard(root: string): ProjectGuard {
  const absoluteRoot = path.resolve(root);
  const folders = new Set<string>();
  const absentFolders = new Set<string>();
  return {
    root: absoluteRoot,
    stat(file) {
      // The folder as the caller wrote it, not normalised: a build stats thousands of files, and
      // a folder written another way is merely resolved once more.
      const folder = path.dirname(file);
      if (folders.has(folder) || absentFolders.has(folder)) {
        const stat = ownStat(file);
        // A link takes the full check, which says where it leads; so does a file in a folder made since.
        if (folders.has(folder) ? !stat?.isSymbolicLink() : stat === undefined) return stat;
      }
      assertInsideProject(absoluteRoot, file);
      // Remembered only as an absolute path with no `.` or `..` (which the system would resolve
      // through links, the check by name).
      if (path.isAbsolute(folder) && path.normalize(folder) === folder) {
        if (existsSync(folder)) {
          folders.add(folder);
          absentFolders.delete(folder);
        } else absentFolders.add(folder);
      }
      return ownStat(file);
    },
  };
}

/** A file's own stat (a link's, not its target's); undefined when absent, a file standing where one of its folders should be included. */
function ownStat(file: string): Stats | undefined {
  try {
    return lstatSync(file, { throwIfNoEntry: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw error;
  }
}
