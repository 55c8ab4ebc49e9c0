import path from 'node:path';
import type { Config } from '../config/config.js';
import { projectGuard, type ProjectGuard } from '../store/project-guard.js';
import { relativePath } from '../util/relative-path.js';

/** Every file location tarjama reads or writes, computed from the project root and config. */
export interface ProjectPaths {
  root: string;
  sourceDir: string;
  /** `locales/`: every catalog, and tarjama's own files under `locales/.tarjama/`. */
  localesDir: string;
  /** `output/`: the editions. */
  outputDir: string;
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
  /** Present only while a run changes several files at once (`locales/.tarjama/journal.json`): see `commitWrites`. */
  journalFile: string;
  /** Held while a run writes (`locales/.tarjama/lock`), so that two runs never interleave. */
  lockFile: string;
  /** The newsroom's terminology (`locales/glossary.json`). */
  glossaryFile: string;
  /** A path relative to the project root, with `/` separators, as reports show it. */
  relative(file: string): string;
  /**
   * The run's path-safety check, which every file the run reads, stats or removes goes
   * through, whatever the caches say (a run makes its paths once, so folders are resolved once).
   */
  guard: ProjectGuard;
}

/** Builds the path helpers for one project (`locales/{{lng}}/{{ns}}.json`, `output/{{lng}}/{{ns}}.md`, state and archive). */
export function projectPaths(root: string, config: Config): ProjectPaths {
  const absolute = path.resolve(root);
  const sourceDir = path.join(absolute, config.sourceDir);
  return {
    root: absolute,
    sourceDir,
    localesDir: path.join(absolute, config.localesDir),
    outputDir: path.join(absolute, config.outputDir),
    sourceFile: (namespace) => path.join(sourceDir, `${namespace}.md`),
    catalogFile: (locale, namespace) => path.join(absolute, config.localesDir, locale, `${namespace}.json`),
    outputFile: (locale, namespace) => path.join(absolute, config.outputDir, locale, `${namespace}.md`),
    htmlFile: (locale, namespace) => path.join(absolute, config.outputDir, locale, `${namespace}.html`),
    stateFile: (namespace) => path.join(absolute, config.localesDir, '.tarjama', 'state', `${namespace}.json`),
    archiveFile: (locale) => path.join(absolute, config.localesDir, '.tarjama', 'archive', `${locale}.json`),
    buildCacheFile: path.join(absolute, config.localesDir, '.tarjama', 'cache', 'build.json'),
    checkCacheFile: path.join(absolute, config.localesDir, '.tarjama', 'cache', 'check.json'),
    extractCacheFile: path.join(absolute, config.localesDir, '.tarjama', 'cache', 'extract.json'),
    journalFile: path.join(absolute, config.localesDir, '.tarjama', 'journal.json'),
    lockFile: path.join(absolute, config.localesDir, '.tarjama', 'lock'),
    glossaryFile: path.join(absolute, config.localesDir, 'glossary.json'),
    relative: (file) => relativePath(absolute, file),
    guard: projectGuard(absolute),
  };
}
