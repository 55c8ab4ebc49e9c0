import type { Config } from '../config/config.js';
import type { ProjectPaths } from '../project/project-paths.js';
import type { Finding, RuleId, Severity } from '../report/finding.js';
import { folderNames } from '../store/folder-names.js';
import { readEdition } from './read-edition.js';

/** What is left of articles whose source is gone. */
export interface OrphanFiles {
  /** Catalogs and state files: `extract` archives their translations and removes them. */
  kept: Array<{ namespace: string; locale: string; file: string }>;
  /** Editions (`output/<lng>/<slug>.md` and `.html`) tarjama wrote: `build` removes them. */
  editions: Array<{ namespace: string; locale: string; file: string }>;
}

/**
 * Finds the catalogs and state files of `orphans`, and every edition in `output/` whose
 * article is not one of `articles`. Only files tarjama wrote count as editions: a Markdown
 * file whose front matter names its source (`source: source/<slug>.md`), an HTML page that
 * links to its other editions, so that a file a person put in `output/` is never removed.
 */
export async function orphanFiles(paths: ProjectPaths, config: Config, orphans: readonly string[], articles: ReadonlySet<string>): Promise<OrphanFiles> {
  const kept: OrphanFiles['kept'] = [];
  for (const namespace of orphans) {
    for (const locale of config.locales) {
      const file = paths.catalogFile(locale, namespace);
      if (paths.guard.stat(file)) kept.push({ namespace, locale, file: paths.relative(file) });
    }
    const state = paths.stateFile(namespace);
    if (paths.guard.stat(state)) kept.push({ namespace, locale: config.sourceLocale, file: paths.relative(state) });
  }
  const editions: OrphanFiles['editions'] = [];
  for (const locale of config.locales) {
    for (const name of folderNames(paths.outputFolder(locale)).sort()) {
      // `<slug>.md` or `<slug>.html`, by suffix (a no-change build of 1,000 articles lists 6,000
      // names: no match array each); a name with a line break is no edition, as `.` reads it.
      const kind = name.endsWith('.md') ? 'md' : name.endsWith('.html') ? 'html' : null;
      const namespace = kind === null ? '' : name.slice(0, -kind.length - 1);
      if (kind === null || namespace === '' || lineBreak.test(namespace) || articles.has(namespace)) continue;
      const file = kind === 'md' ? paths.outputFile(locale, namespace) : paths.htmlFile(locale, namespace);
      if (await isEdition(paths, namespace, kind, file)) editions.push({ namespace, locale, file: paths.relative(file) });
    }
  }
  return { kept, editions };
}

const lineBreak = /[\n\r\u2028\u2029]/;

async function isEdition(paths: ProjectPaths, namespace: string, kind: 'md' | 'html', file: string): Promise<boolean> {
  // The folder was listed, through a link perhaps: its files are read only once the guard says they are inside.
  const text = readEdition(file, paths.guard);
  if (text === null) return false;
  if (kind === 'md') {
    const end = text.indexOf('\n---\n', 3);
    if (!text.startsWith('---\n') || end < 0) return false;
    // Imported here: a build with no edition left behind (nearly every build) does not load the
    // YAML library. The bundle gives a CommonJS package as its default export only.
    const yaml = (await import('yaml')) as typeof import('yaml') & { default?: typeof import('yaml') };
    const { parseDocument } = yaml.default ?? yaml;
    const frontMatter = parseDocument(text.slice(4, end + 1));
    return frontMatter.errors.length === 0 && frontMatter.get('source') === paths.relative(paths.sourceFile(namespace));
  }
  // Upper case since html-validate's doctype-style; pages written before say `<!doctype html>`.
  return /^<!doctype html>/i.test(text) && text.includes(`<link rel="alternate" hreflang="`) && text.includes(`/${namespace}.html"`);
}

/** The findings `check` (and `build`) report for what is left of deleted or renamed articles. */
export function orphanFindings(paths: ProjectPaths, files: OrphanFiles, severity: (rule: RuleId) => Severity | 'off'): Finding[] {
  const level = severity('orphan');
  if (level === 'off') return [];
  const finding = (namespace: string, locale: string, file: string, message: string): Finding => ({ rule: 'orphan', severity: level, locale, namespace, key: null, file, line: 1, column: 1, message });
  const source = (namespace: string): string => paths.relative(paths.sourceFile(namespace));
  return [
    ...files.kept.map(({ namespace, locale, file }) =>
      finding(namespace, locale, file, `no article ${source(namespace)} for this file (deleted or renamed); run \`tarjama extract\`, which moves its translations to the archive (or to the renamed article) and removes it`),
    ),
    ...files.editions.map(({ namespace, locale, file }) => finding(namespace, locale, file, `no article ${source(namespace)} for this edition (deleted or renamed); run \`tarjama build\`, which removes it`)),
  ];
}
