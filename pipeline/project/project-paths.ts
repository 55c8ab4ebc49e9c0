import path from 'node:path';
import type { Config } from '../config/config.js';
import { projectGuard, type ProjectGuard } from '../store/project-guard.js';
import { relativePath } from '../util/relative-path.js';

/** Every file and folder tarjama reads or writes, computed from the project root and config. */
export interface ProjectPaths {
  root: string;
  /** `source/`: the articles. */
  sourceDir: string;
  /** `locales/`: every catalog, and tarjama's own files under `locales/.tarjama/`. */
  localesDir: string;
  /** `output/`: the editions. */
  outputDir: string;
  /** `locales/<lng>/`: a locale's catalogs. */
  catalogFolder(locale: string): string;
  /** `output/<lng>/`: a locale's editions. */
  outputFolder(locale: string): string;
  /** `locales/.tarjama/state/`: the state files. */
  stateFolder: string;
  sourceFile(namespace: string): string;
  catalogFile(locale: string, namespace: string): string;
  outputFile(locale: string, namespace: string): string;
  /** The HTML preview of an edition (`output/<lng>/<ns>.html`). */
  htmlFile(locale: string, namespace: string): string;
  /** What tarjama remembers about a namespace's translations (`locales/.tarjama/state/<ns>.json`). */
  stateFile(namespace: string): string;
  /** A locale's translations of segments that left their article (`locales/.tarjama/archive/<lng>.json`). */
  archiveFile(locale: string): string;
  /** The incremental-build records of every namespace (`locales/.tarjama/cache/build.json`, not committed). */
  buildCacheFile: string;
  /** The findings of every namespace at its last check (`locales/.tarjama/cache/check.json`, not committed). */
  checkCacheFile: string;
  /** What `extract` last left each article as (`locales/.tarjama/cache/extract.json`, not committed). */
  extractCacheFile: string;
  /** Which source texts each unchanged article can give the translation memory (`locales/.tarjama/cache/memory.json`, not committed). */
  memoryIndexFile: string;
  /** Articles' parses, kept for the next run that reads the same text (`locales/.tarjama/cache/parsed/`, not committed). */
  parsedFolder: string;
  /** An article's kept parse (`locales/.tarjama/cache/parsed/<ns>.json`). */
  parsedFile(namespace: string): string;
  /** Present only while a run changes several files at once (`locales/.tarjama/journal.json`): see `commitWrites`. */
  journalFile: string;
  /** Held while a run writes (`locales/.tarjama/lock`), so that two runs never interleave. */
  lockFile: string;
  /** The newsroom's terminology (`locales/glossary.json`). */
  glossaryFile: string;
  /** The findings reviewers accepted (`locales/accepted.json`, written by `tarjama accept`). */
  acceptedFile: string;
  /** A namespace's XLIFF file for a locale under the folder `xliff export` writes to (`xliff/` unless `--out` names another): `<folder>/<lng>/<ns>.xlf`. */
  xliffFile(folder: string, locale: string, namespace: string): string;
  /** The PO file of a namespace in a locale under an export folder. */
  poFile(folder: string, locale: string, namespace: string): string;
  /** The files of the OmegaT project `xliff export --for omegat` writes for a locale: `<folder>/<lng>/` with its XLIFF in `source/`, the translations it fills in `tm/auto/`, those it offers in `tm/`. */
  omegatProject(folder: string, locale: string): { project: string; filters: string; source: (namespace: string) => string; target: string; fill: string; offer: string; folders: string[] };
  /** A path relative to the project root, with `/` separators, as reports show it. */
  relative(file: string): string;
  /**
   * What a namespace's editions are made from, relative to the root as `relative` gives them:
   * its source, its catalog in each of `locales`, its state file. Each folder is made relative
   * once, not once per file: a run names thousands.
   */
  relativeInputs(locales: readonly string[]): (namespace: string) => { source: string; catalogs: string[]; state: string };
  /**
   * The run's path-safety check, which every file the run reads, stats or removes goes
   * through, whatever the caches say (a run makes its paths once, so folders are resolved once).
   */
  guard: ProjectGuard;
}

/**
 * Builds the path helpers for one project (`locales/{{lng}}/{{ns}}.json`, `output/{{lng}}/{{ns}}.md`,
 * state and archive). The folders are resolved from the root: the config's are relative to it, and
 * a caller outside a project (the i18next-cli plugin) may name one absolutely.
 */
export function projectPaths(root: string, config: Pick<Config, 'sourceDir' | 'localesDir' | 'outputDir'>): ProjectPaths {
  const absolute = path.resolve(root);
  const sourceDir = path.resolve(absolute, config.sourceDir);
  const localesDir = path.resolve(absolute, config.localesDir);
  const outputDir = path.resolve(absolute, config.outputDir);
  const tarjamaDir = path.join(localesDir, '.tarjama');
  const stateFolder = path.join(tarjamaDir, 'state');
  const catalogFolder = (locale: string): string => path.join(localesDir, locale);
  const outputFolder = (locale: string): string => path.join(outputDir, locale);
  const relative = (file: string): string => relativePath(absolute, file);
  // A folder as the start of a relative path: '' for the root itself.
  const relativeFolder = (folder: string): string => {
    const shown = relative(folder);
    return shown === '' ? '' : `${shown}/`;
  };
  return {
    root: absolute,
    sourceDir,
    localesDir,
    outputDir,
    catalogFolder,
    outputFolder,
    stateFolder,
    sourceFile: (namespace) => path.join(sourceDir, sourceName(namespace)),
    catalogFile: (locale, namespace) => path.join(catalogFolder(locale), jsonName(namespace)),
    outputFile: (locale, namespace) => path.join(outputFolder(locale), `${namespace}.md`),
    htmlFile: (locale, namespace) => path.join(outputFolder(locale), `${namespace}.html`),
    stateFile: (namespace) => path.join(stateFolder, jsonName(namespace)),
    archiveFile: (locale) => path.join(tarjamaDir, 'archive', `${locale}.json`),
    buildCacheFile: path.join(tarjamaDir, 'cache', 'build.json'),
    checkCacheFile: path.join(tarjamaDir, 'cache', 'check.json'),
    extractCacheFile: path.join(tarjamaDir, 'cache', 'extract.json'),
    memoryIndexFile: path.join(tarjamaDir, 'cache', 'memory.json'),
    parsedFolder: path.join(tarjamaDir, 'cache', 'parsed'),
    parsedFile: (namespace) => path.join(tarjamaDir, 'cache', 'parsed', jsonName(namespace)),
    journalFile: path.join(tarjamaDir, 'journal.json'),
    lockFile: path.join(tarjamaDir, 'lock'),
    glossaryFile: path.join(localesDir, 'glossary.json'),
    acceptedFile: path.join(localesDir, 'accepted.json'),
    xliffFile: (folder, locale, namespace) => path.join(folder, locale, `${namespace}.xlf`),
    poFile: (folder, locale, namespace) => path.join(folder, locale, `${namespace}.po`),
    omegatProject: (folder, locale) => ({
      project: path.join(folder, locale, 'omegat.project'),
      filters: path.join(folder, locale, 'omegat', 'filters.xml'),
      source: (namespace) => path.join(folder, locale, 'source', `${namespace}.xlf`),
      target: path.join(folder, locale, 'target'),
      fill: path.join(folder, locale, 'tm', 'auto', `tarjama-${locale}.tmx`),
      offer: path.join(folder, locale, 'tm', `tarjama-${locale}-review.tmx`),
      folders: ['source', 'target', 'tm', 'glossary', 'dictionary', 'omegat'].map((name) => path.join(folder, locale, name)),
    }),
    relative,
    relativeInputs: (locales) => {
      const source = relativeFolder(sourceDir);
      const catalogs = locales.map((locale) => relativeFolder(catalogFolder(locale)));
      const state = relativeFolder(stateFolder);
      return (namespace) => ({ source: `${source}${sourceName(namespace)}`, catalogs: catalogs.map((folder) => `${folder}${jsonName(namespace)}`), state: `${state}${jsonName(namespace)}` });
    },
    guard: projectGuard(absolute),
  };
}

/** An article's file name in the source folder. */
function sourceName(namespace: string): string {
  return `${namespace}.md`;
}

/** A namespace's file name among the catalogs of a locale, or the state files. */
function jsonName(namespace: string): string {
  return `${namespace}.json`;
}
