import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { ParsedArticle } from '../extract/parse-article.js';
import { removeFile } from '../store/remove-file.js';
import { readProjectBytes } from '../store/read-project-file.js';
import { replaceFile } from '../store/write-file-atomic.js';
import { jsonNestsDeeper } from '../util/json-nests-deeper.js';
import { nestingLimits } from '../util/nesting-limits.js';
import { sha256 } from '../util/sha256.js';
import type { ProjectPaths } from './project-paths.js';

/** Where articles' parses come from: parsed now, or kept from a run that parsed the same text. */
export interface ParsedArticles {
  /** The parse of `text`, the source of `namespace` at `file` (see `parseArticle`). */
  parse(namespace: string, file: string, text: string): Promise<ParsedArticle>;
}

/**
 * A JSON document of a tree nested as deep as tarjama parses Markdown (two levels per node:
 * the node and its `children`, a few more for a table or a footnote), with front matter as deep
 * as it reads YAML: a kept parse nested deeper was not written by tarjama, and is not used.
 */
const keptDepth = 4 * nestingLimits.markdown + nestingLimits.yaml;

/**
 * Articles' parses kept in `locales/.tarjama/cache/parsed/<ns>.json` (outside version control),
 * so that `build` and `check` after an `extract` do not parse again what extract has parsed:
 * parsing the sources and writing their messages is about a sixth of a cold build. A kept
 * parse is used only for the very text it was made from, with the same front-matter fields and
 * the same tarjama code (`code`, see `tarjamaCodeHash`): its first line says so, and anything
 * else — another text, a missing, damaged or hand-made file — means parsing again. A parse made
 * now is kept when JSON reads it back exactly (not a front matter with a YAML timestamp, say) and
 * the file can be written; one that is not kept is only a parse to redo.
 */
export function parsedArticles(paths: ProjectPaths, frontMatterFields: readonly string[], code: string): ParsedArticles {
  return {
    async parse(namespace, file, text) {
      const kept = paths.parsedFile(namespace);
      const key = JSON.stringify({ format: 1, code, fields: frontMatterFields, source: sha256(text) });
      const stored = readProjectBytes(kept, paths.guard, () => null)?.toString('utf8');
      const newline = stored?.indexOf('\n') ?? -1;
      if (stored !== undefined && stored.slice(0, newline) === key && !jsonNestsDeeper(stored.slice(newline + 1), keptDepth)) {
        try {
          return fromJson(JSON.parse(stored.slice(newline + 1)) as StoredArticle);
        } catch {
          // Damaged: parsed again below.
        }
      }
      // The parsers load only for an article whose parse was not kept: a run that parses nothing spends no time compiling them.
      const { parseArticle } = await import('../extract/parse-article.js');
      const parsed = parseArticle(file, text, frontMatterFields);
      const json = toJson(parsed);
      // Front matter JSON cannot write back as it is (a YAML timestamp, `.nan`, `!!binary`…) is not kept.
      if (!readsBackAsItself(json)) return parsed;
      try {
        // The guard has passed the file (the read above): it is replaced without a second look.
        replaceFile(kept, `${key}\n${JSON.stringify(json)}\n`, paths.root);
      } catch {
        // A parse that cannot be kept (a full disk, a read-only folder, a link out of the project) is redone next time.
      }
      return parsed;
    },
  };
}

/**
 * Removes the kept parses of articles that are gone (deleted, or renamed: the new name's parse
 * is kept under it), which no run would read again. A file that cannot be removed stays: it is
 * never read for another text.
 */
export function forgetParses(paths: ProjectPaths, articles: readonly string[]): void {
  const kept = new Set(articles.map((namespace) => paths.parsedFile(namespace)));
  let names: string[];
  try {
    names = readdirSync(paths.parsedFolder);
  } catch {
    return;
  }
  for (const name of names) {
    const file = path.join(paths.parsedFolder, name);
    if (!name.endsWith('.json') || kept.has(file)) continue;
    try {
      removeFile(file, paths.guard);
    } catch {
      // Left for the next extract.
    }
  }
}

/**
 * Whether `JSON.parse(JSON.stringify(value))` gives `value` back exactly: text, finite numbers
 * (not -0), booleans, null, arrays and plain objects with no undefined member, all the way down.
 */
function readsBackAsItself(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(readsBackAsItself);
  if (typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return (prototype === Object.prototype || prototype === null) && Object.values(value).every((member) => member !== undefined && readsBackAsItself(member));
}

/** A parse as JSON: the message context's set and map as arrays. */
type StoredArticle = Omit<ParsedArticle, 'context'> & { context: { definitions: string; reserved: string[]; labels: Array<[string, { identifier: string; label: string | null | undefined }]> } };

function toJson(parsed: ParsedArticle): StoredArticle {
  const { definitions, reserved, labels } = parsed.context;
  return { ...parsed, context: { definitions, reserved: [...reserved], labels: [...labels] } };
}

function fromJson(stored: StoredArticle): ParsedArticle {
  const { definitions, reserved, labels } = stored.context;
  const context: ParsedArticle['context'] = { definitions, reserved: new Set(reserved), labels: new Map(labels) };
  return { ...stored, context };
}
