import { parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { printable } from '../report/printable.js';
import { nestingLimits } from '../util/nesting-limits.js';
import { canonicalCatalog } from './canonical-catalog.js';
import { jsonNestingExcess } from './json-nesting-excess.js';
import { jsonSyntaxError } from './json-syntax-error.js';
import { textPositions } from './text-positions.js';

/** A 1-based position in a file. */
export interface Position {
  line: number;
  column: number;
}

/** One key of a catalog file as written: its value (if a string) and where it is. */
export interface CatalogEntry {
  key: string;
  value: unknown;
  position: Position;
  /** Where the value's literal starts (its opening quote). */
  valuePosition: Position;
  /** The literal as written; absent when it is the value as `JSON.stringify` writes it (a catalog in tarjama's own layout). */
  valueRaw?: string;
}

/** Something wrong in a catalog file that is not about one translation's content. */
export interface CatalogProblem {
  kind: 'parse' | 'duplicate' | 'type';
  key: string | null;
  position: Position;
  message: string;
  /** The lines around the problem, with a caret under it. */
  frame?: string;
}

/** A catalog file read with positions: entries in file order, and what could not be used. */
export interface Catalog {
  exists: boolean;
  entries: CatalogEntry[];
  /** Translations by key: string values only, last occurrence wins as in `JSON.parse`. */
  values: Map<string, string>;
  problems: CatalogProblem[];
  /** Line of the opening `{`, where a key belongs when no earlier key is present. */
  openLine: number;
  /** True when the file cannot be used at all (not JSON, or not an object). */
  unreadable: boolean;
}

/** An absent catalog: every key is missing. */
export function emptyCatalog(): Catalog {
  return { exists: false, entries: [], values: new Map(), problems: [], openLine: 1, unreadable: false };
}

/**
 * Parses an i18next JSON catalog (flat `{ "key": "text" }`) keeping each key's line and
 * column, so that reports can point at it. Strict JSON: no comments, no trailing commas.
 * `source` is the text as the store reads it, its byte-order mark left out. A catalog as
 * tarjama writes it is read without a scan (`canonicalCatalog`); any other by `parsedCatalog`.
 */
export function readCatalog(source: string): Catalog {
  return canonicalCatalog(source) ?? parsedCatalog(source);
}

/** `readCatalog` for any text: jsonc-parser's tree, every position taken from its offsets. */
export function parsedCatalog(source: string): Catalog {
  const at = textPositions(source);
  const catalog: Catalog = { exists: true, entries: [], values: new Map(), problems: [], openLine: 1, unreadable: false };
  const deep = jsonNestingExcess(source, nestingLimits.json);
  if (deep) {
    // No code frame: a value nested this deep is usually one very long line.
    catalog.unreadable = true;
    const where = deep.key === null ? '' : ` in the value of "${deep.key}"`;
    catalog.problems.push({
      kind: 'parse',
      key: deep.key,
      position: at(deep.offset),
      message: `arrays and objects nested more than ${nestingLimits.json} deep${where}; a catalog is one object of "key": "translation" pairs, each translation a string`,
    });
    return catalog;
  }
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  if (errors.length > 0 || root === undefined) {
    const error = errors[0];
    catalog.unreadable = true;
    const syntax = error === undefined ? { offset: 0, problem: 'the file is empty' } : jsonSyntaxError(source, error);
    const position = at(syntax.offset);
    catalog.problems.push({ kind: 'parse', key: null, position, message: `not valid JSON: ${syntax.problem}`, frame: codeFrame(source, position) });
    return catalog;
  }
  if (root.type !== 'object') {
    catalog.unreadable = true;
    catalog.problems.push({ kind: 'parse', key: null, position: at(root.offset), message: `a catalog must be a JSON object of "key": "translation" pairs, not ${article(root.type)}` });
    return catalog;
  }
  catalog.openLine = at(root.offset).line;
  const seen = new Set<string>();
  for (const property of root.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (keyNode === undefined) continue;
    const key = String(keyNode.value);
    const position = at(keyNode.offset);
    const value = valueNode?.value as unknown;
    const valueRaw = valueNode ? source.slice(valueNode.offset, valueNode.offset + valueNode.length) : '';
    catalog.entries.push({ key, value, position, valuePosition: at(valueNode?.offset ?? keyNode.offset), ...(valueRaw === JSON.stringify(value) ? {} : { valueRaw }) });
    if (seen.has(key)) {
      catalog.problems.push({ kind: 'duplicate', key, position, message: `key "${key}" appears more than once; JSON keeps only the last one. Delete the duplicates` });
    }
    seen.add(key);
    if (valueNode?.type === 'string' && (value as string).includes('\u0000')) {
      catalog.values.delete(key);
      catalog.problems.push({ kind: 'type', key, position, message: `the translation of "${key}" contains a NUL character (\\u0000); remove it` });
    } else if (valueNode?.type === 'string') {
      catalog.values.set(key, value as string);
    } else {
      catalog.values.delete(key);
      catalog.problems.push({ kind: 'type', key, position, message: `the translation of "${key}" must be a string, not ${article(valueNode?.type ?? 'null')}` });
    }
  }
  return catalog;
}

/** How many characters of each line a code frame shows: a long line is cut around the column. */
const frameWidth = 80;

/**
 * Two lines before the problem and its own, numbered, with a caret under its column. The lines
 * are printable (a raw control character is often the problem) and the caret counts their escapes.
 * A line longer than `frameWidth` is cut to the same window around the column on every line
 * shown, marked `…` where cut, so that the caret is on screen at any line length.
 */
export function codeFrame(text: string, position: Position): string {
  const lines = text.split(/\r?\n/);
  const first = Math.max(1, position.line - 2);
  const width = String(position.line).length;
  const caret = [...printable((lines[position.line - 1] ?? '').slice(0, Math.max(0, position.column - 1)))].length;
  const length = [...printable(lines[position.line - 1] ?? '')].length;
  const start = Math.max(0, Math.min(caret - frameWidth / 2, length - frameWidth));
  const cut = (line: string): string => {
    const characters = [...printable(line)];
    if (characters.length <= frameWidth && start === 0) return characters.join('');
    const shown = characters.slice(start, start + frameWidth).join('');
    return `${start > 0 ? '…' : ''}${shown}${start + frameWidth < characters.length ? '…' : ''}`;
  };
  const shown = lines.slice(first - 1, position.line).map((line, index) => `${String(first + index).padStart(width)} | ${cut(line)}`);
  return [...shown, `${' '.repeat(width)} | ${' '.repeat(caret - start + (start > 0 ? 1 : 0))}^`].join('\n');
}

function article(type: JsonNode['type'] | 'null'): string {
  return type === 'array' || type === 'object' ? `an ${type}` : `a ${type}`;
}
