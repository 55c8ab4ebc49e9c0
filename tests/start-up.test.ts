import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/run-cli.js';

/**
 * What the bin compiles before a command does anything. Node 20 has no compile cache: every
 * file a run imports statically is read, decoded and compiled before the command runs. A
 * no-change `extract`, `build` or `check` parses no Markdown and no YAML, so the parsers are
 * loaded only when a run has something to parse (`import()`). With the bundle minified too, a
 * no-change extract of one article went from 296.6 to 196.3 ms (`bench/interleave.ts`, see the
 * README). The bundle keeps function names (`--minify-whitespace --minify-syntax`), so each
 * library is found by a function it defines.
 */
const bin = path.join(repoRoot, 'dist', 'bin');

/** A function each parser defines, found in the bundle by name. */
const parsers = {
  "tarjama's article parse": 'function parseArticle(',
  'micromark (Markdown)': 'function fromMarkdown(',
  'yaml (front matter)': 'function parseDocument(',
  'parse5 (HTML)': 'function parseFragment(',
} as const;

/** The bundle's files that a run of `file` loads before it runs: `file` and what it imports statically, not what it imports with `import()`. */
function staticallyLoaded(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(path.join(bin, file), 'utf8');
  for (const [, imported] of text.matchAll(/(?:\bfrom|\bimport)\s*"\.\/([^"]+\.js)"/g)) staticallyLoaded(imported as string, seen);
  return seen;
}

/** The file of the command's module, which the CLI imports when the command is run. */
function commandFile(command: string): string {
  const [found] = readFileSync(path.join(bin, 'cli.js'), 'utf8').match(new RegExp(`(?<=import\\(\\s*"\\./)${command}-[A-Z0-9]+\\.js(?="\\))`)) ?? [];
  if (found === undefined) throw new Error(`dist/bin/cli.js imports no ${command} module`);
  return found;
}

describe('the bin at start-up', () => {
  const files = readdirSync(bin).filter((name) => name.endsWith('.js'));
  const definedIn = (marker: string): string[] => files.filter((name) => readFileSync(path.join(bin, name), 'utf8').includes(marker));

  it('holds each parser, by the name of a function it defines', () => {
    for (const [parser, marker] of Object.entries(parsers)) expect(definedIn(marker), parser).not.toEqual([]);
  });

  // parse5 and its entity tables (hast-util-from-html) load only for raw HTML (`markdown/html-parser.ts`).
  it.each(['parse-article', 'process-namespace'])('loads no HTML parser with the module that parses or translates an article (%s)', (name) => {
    const [file] = files.filter((candidate) => candidate.startsWith(`${name}-`));
    expect(file, name).toBeDefined();
    const loaded = staticallyLoaded(file as string);
    expect(definedIn(parsers['parse5 (HTML)']).filter((found) => loaded.has(found))).toEqual([]);
    expect(loaded.size).toBeGreaterThan(2);
  });

  // `check` translates but never publishes: the HTML preview, the front matter's YAML writer and
  // their libraries load with the first edition a build publishes.
  it('translates a namespace without loading the publishing code, which only build runs', () => {
    const [file] = files.filter((candidate) => candidate.startsWith('process-namespace-'));
    const loaded = staticallyLoaded(file as string);
    for (const marker of ['function renderHtml(', 'function renderFrontMatter(', parsers['yaml (front matter)']]) expect(definedIn(marker).filter((found) => loaded.has(found)), marker).toEqual([]);
    expect(definedIn('function renderHtml(')).not.toEqual([]);
  });

  it.each(['worker.js', 'article-worker.js'])('starts a worker thread without the HTML parser (%s)', (worker) => {
    const loaded = staticallyLoaded(worker);
    expect(definedIn(parsers['parse5 (HTML)']).filter((found) => loaded.has(found))).toEqual([]);
    expect(loaded.size).toBeGreaterThan(2);
  });

  it.each(['extract', 'build', 'check'])('loads no parser before %s has something to parse', (command) => {
    const loaded = staticallyLoaded('cli.js', staticallyLoaded(commandFile(command)));
    for (const [parser, marker] of Object.entries(parsers)) expect(definedIn(marker).filter((file) => loaded.has(file)), parser).toEqual([]);
    // The walk follows the imports: the command's module imports files of its own.
    expect(loaded.size).toBeGreaterThan(2);
  });
});
