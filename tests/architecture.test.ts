import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/run-cli.js';

/**
 * The folders of `pipeline/` in the order data flows (`source → extract → catalog → translate →
 * publish → output`, `check` reading the same path), then those beside it, and which other
 * folders each one may import: a file always imports from its own folder. `.` is
 * `pipeline/index.ts`, the public API. The rows are the imports the code has (with `util/` open
 * to all), less the exceptions below. Each folder's README.md says the same in words; change
 * both together, and widen a row only when the direction still reads in the order data flows.
 */
const allowed: Record<string, readonly string[]> = {
  '.': ['commands', 'config', 'extract', 'markdown', 'report', 'util'],
  cli: ['commands', 'config', 'project', 'report', 'rules', 'run', 'store', 'util'],
  commands: ['cache', 'catalog', 'config', 'extract', 'markdown', 'po', 'project', 'publish', 'report', 'rules', 'run', 'store', 'translate', 'util', 'xliff'],
  run: ['cache', 'catalog', 'config', 'i18n', 'markdown', 'project', 'publish', 'report', 'rules', 'store', 'translate', 'util'],
  extract: ['catalog', 'config', 'markdown', 'project', 'util'],
  catalog: ['config', 'extract', 'report', 'rules', 'store', 'util'],
  translate: ['catalog', 'config', 'extract', 'markdown', 'pseudo', 'report', 'rules', 'util'],
  rules: ['catalog', 'extract', 'markdown', 'report', 'util'],
  markdown: ['util'],
  publish: ['config', 'markdown', 'project', 'report', 'store', 'translate', 'util'],
  project: ['catalog', 'config', 'extract', 'markdown', 'pseudo', 'store', 'util'],
  config: ['catalog', 'pseudo', 'report', 'rules', 'store', 'util'],
  cache: ['config', 'project', 'publish', 'report', 'store', 'translate', 'util'],
  store: ['util'],
  // The formatters render the commands' typed reports, and every finding names its rule.
  report: ['commands', 'rules', 'util'],
  i18n: ['util'],
  pseudo: ['extract', 'markdown', 'rules', 'util'],
  xliff: ['extract', 'markdown', 'util'],
  po: ['util'],
  integrations: ['catalog', 'config', 'project', 'pseudo', 'rules', 'util'],
  // Open to every folder, and imports none.
  util: [],
};

/**
 * Imports the table forbids that the code still has, each file to file; the last test fails
 * when one is no longer needed. None is left: the refactor of the architecture review removed
 * the last three (markdown/ took `masked` from rules/, cache/ the result types from run/, and
 * project/ the site-strings name from publish/). A new one needs a reason and a way out.
 */
const exceptions: ReadonlyArray<{ from: string; to: string }> = [];

const pipeline = path.join(repoRoot, 'pipeline');

/** Every folder under `dir`, relative to it, `/`-separated. */
function folders(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => [`${prefix}${entry.name}`, ...folders(path.join(dir, entry.name), `${prefix}${entry.name}/`)]);
}

/** Every TypeScript file of `pipeline/`, relative to it, `/`-separated. */
function sourceFiles(): string[] {
  return ['', ...folders(pipeline).map((folder) => `${folder}/`)].flatMap((folder) =>
    readdirSync(path.join(pipeline, folder))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => `${folder}${name}`),
  );
}

/** The relative specifiers a file imports: `import … from`, `export … from`, `import '…'` and `import('…')`, never text in a comment or a string. */
function relativeImports(text: string): string[] {
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((file) => file.fileName)
    .filter((specifier) => specifier.startsWith('./') || specifier.startsWith('../'));
}

/** The top folder of a file relative to `pipeline/` (`.` for a file at its root). */
function folderOf(file: string): string {
  return file.includes('/') ? (file.split('/')[0] as string) : '.';
}

/** Every import of `pipeline/`, as files relative to it (`..` when outside it). */
function imports(): Array<{ from: string; to: string }> {
  return sourceFiles().flatMap((from) =>
    relativeImports(readFileSync(path.join(pipeline, from), 'utf8')).map((specifier) => ({
      from,
      to: path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier)).replace(/\.js$/, '.ts'),
    })),
  );
}

describe('the layout of pipeline/', () => {
  it('reads every kind of import, and nothing in a comment or a string', () => {
    const text = [
      "import a from './a.js';",
      "import type { B } from '../b/b.js';",
      "export { c } from '../c/c.js';",
      "export type { D } from './d.js';",
      "import './e.js';",
      "import { f } from 'node:fs';",
      "// import g from '../g/g.js';",
      "const h = \"import h from '../h/h.js'\";",
      "const i = await import('../i/i.js');",
    ].join('\n');
    expect(relativeImports(text)).toEqual(['./a.js', '../b/b.js', '../c/c.js', './d.js', './e.js', '../i/i.js']);
  });

  it('has a row of the table for every folder and none for a folder that is not there', () => {
    const top = folders(pipeline).filter((folder) => !folder.includes('/'));
    expect(Object.keys(allowed).sort()).toEqual(['.', ...top].sort());
    for (const [folder, targets] of Object.entries(allowed)) for (const target of targets) expect(allowed, `${folder} → ${target}`).toHaveProperty([target]);
  });

  it('keeps the direction of the layout in its table', () => {
    const importedBy = (target: string) => Object.keys(allowed).filter((folder) => allowed[folder]?.includes(target));
    // Nothing imports the CLI or the public API; commands/ only the CLI, the API and the formatters of their reports.
    expect(importedBy('cli')).toEqual([]);
    expect(importedBy('.')).toEqual([]);
    expect(importedBy('commands').sort()).toEqual(['.', 'cli', 'report']);
    // Only commands/ and the CLI reach the scheduler.
    expect(importedBy('run').sort()).toEqual(['cli', 'commands']);
    expect(allowed.util).toEqual([]);
    expect(Object.keys(allowed).filter((folder) => folder !== 'util' && !allowed[folder]?.includes('util'))).toEqual([]);
    expect(allowed.store).toEqual(['util']);
    for (const target of ['rules', 'report', 'commands', 'translate', 'catalog', 'publish']) expect(allowed.markdown).not.toContain(target);
  });

  it('has a README.md in pipeline/ and in every folder under it', () => {
    const missing = ['', ...folders(pipeline)].filter((folder) => !readdirSync(path.join(pipeline, folder)).includes('README.md'));
    expect(missing).toEqual([]);
  });

  it('imports only what the table allows, and nothing outside pipeline/', () => {
    const forbidden = imports()
      .filter(({ from, to }) => {
        if (to.startsWith('../')) return true;
        const source = folderOf(from);
        const target = folderOf(to);
        return source !== target && !allowed[source]?.includes(target) && !exceptions.some((exception) => exception.from === from && exception.to === to);
      })
      .map(({ from, to }) => `${path.posix.join('pipeline', from)} imports ${path.posix.join('pipeline', to)} (${folderOf(from)} → ${to.startsWith('../') ? 'outside pipeline/' : folderOf(to)})`);
    expect(forbidden).toEqual([]);
  });

  it('lists as an exception only an import the code still has and the table forbids', () => {
    const all = imports();
    for (const exception of exceptions) {
      expect(all, `${exception.from} → ${exception.to}`).toContainEqual(exception);
      expect(allowed[folderOf(exception.from)], `${exception.from} → ${exception.to}`).not.toContain(folderOf(exception.to));
    }
  });
});
