import path from 'node:path';
import { TarjamaError } from '../util/tarjama-error.js';
import type { Locate } from './assert-config.js';
import { defaultConfig } from './config.js';

type FolderKey = 'sourceDir' | 'localesDir' | 'outputDir';

/**
 * The pairs of folders that must not overlap, the folder tarjama writes into first (it is the
 * one blamed when both are set), and what would go wrong. tarjama's own state folder,
 * `<localesDir>/.tarjama`, lies inside `localesDir`, so whatever overlaps it overlaps `localesDir`.
 */
const pairs: ReadonlyArray<[FolderKey, FolderKey, (relation: Relation, folders: Folders) => string]> = [
  ['outputDir', 'sourceDir', (relation) => (relation === 'contains' ? 'build would overwrite the sources' : 'build would write its editions among the sources')],
  ['outputDir', 'localesDir', (_relation, folders) => `build would write its editions among the catalogs and tarjama's state (${stateFolder(folders.localesDir)})`],
  ['localesDir', 'sourceDir', () => 'extract would write its catalogs among the sources'],
];

/** Folders to suggest instead, the default first: the first that overlaps no other folder is named. */
const alternatives: Record<FolderKey, readonly string[]> = {
  sourceDir: [defaultConfig.sourceDir, 'articles', 'content'],
  localesDir: [defaultConfig.localesDir, 'translations', 'i18n'],
  outputDir: [defaultConfig.outputDir, 'public', 'editions'],
};

type Relation = 'same' | 'contains' | 'inside';

/** Each folder setting as written (or its default) and as a list of path segments. */
type Folders = Record<FolderKey, { written: string | undefined; shown: string; segments: string[] }>;

/**
 * Asserts that `sourceDir`, `localesDir` and `outputDir` (each a relative path inside the
 * project, defaults applied) are apart: no two the same folder, none inside another, so that
 * `build` cannot write its editions over the sources or the catalogs, nor `extract` its catalogs
 * among the sources. The error is placed on the setting at fault.
 */
export function assertFolders(config: Partial<Record<FolderKey, unknown>>, locate: Locate): void {
  const folders = {} as Folders;
  for (const key of ['sourceDir', 'localesDir', 'outputDir'] as const) {
    const written = typeof config[key] === 'string' ? (config[key] as string) : undefined;
    const shown = written ?? defaultConfig[key];
    folders[key] = { written, shown, segments: segmentsOf(shown) };
  }
  for (const [first, second, harm] of pairs) {
    const a = folders[first];
    const b = folders[second];
    const relation = relationOf(a.segments, b.segments);
    if (relation === null) continue;
    // The project root holds every other folder: it is the one to change. Else the folder written into.
    const blameSecond = b.written !== undefined && (a.written === undefined || (b.segments.length === 0 && a.segments.length > 0));
    const [blamed, other] = blameSecond ? [second, first] : [first, second];
    const shownRelation = blameSecond ? flip(relation) : relation;
    const own = folders[blamed];
    const them = folders[other];
    const what =
      own.segments.length === 0 && them.segments.length > 0 ? 'is the project root, which contains' : shownRelation === 'same' ? 'is the same folder as' : shownRelation === 'contains' ? 'contains' : 'is inside';
    const theirs = `"${other}" (${JSON.stringify(them.shown)}${them.written === undefined ? ', the default' : ''})`;
    const instead = alternatives[blamed].find((candidate) => (Object.keys(folders) as FolderKey[]).every((key) => key === blamed || relationOf(segmentsOf(candidate), folders[key].segments) === null));
    throw new TarjamaError(
      `"${blamed}": ${JSON.stringify(own.shown)} ${what} ${theirs}; ${harm(relation, folders)}: choose a folder of its own${instead ? `, e.g. "${instead}"` : ''}`,
      locate([blamed]),
    );
  }
}

/** A folder's path segments once `\`, `./`, `..` and trailing slashes are normalised; the root has none. */
function segmentsOf(folder: string): string[] {
  return path.posix
    .normalize(folder.replaceAll('\\', '/'))
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.');
}

/** How folder `a` stands to folder `b`, or null when they are apart. */
function relationOf(a: readonly string[], b: readonly string[]): Relation | null {
  const shared = Math.min(a.length, b.length);
  for (let index = 0; index < shared; index += 1) if (a[index] !== b[index]) return null;
  return a.length === b.length ? 'same' : a.length < b.length ? 'contains' : 'inside';
}

function flip(relation: Relation): Relation {
  return relation === 'contains' ? 'inside' : relation === 'inside' ? 'contains' : 'same';
}

function stateFolder(folder: Folders['localesDir']): string {
  return [...folder.segments, '.tarjama'].join('/');
}
