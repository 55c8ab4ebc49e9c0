import path from 'node:path';
import { findNodeAtLocation, parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { jsonNestingExcess } from '../catalog/json-nesting-excess.js';
import { jsonSyntaxError } from '../catalog/json-syntax-error.js';
import { textPositions } from '../catalog/text-positions.js';
import { readProjectFile } from '../store/read-project-file.js';
import { nestingLimits } from '../util/nesting-limits.js';
import { TarjamaError } from '../util/tarjama-error.js';
import { assertConfig, type Locate } from './assert-config.js';
import { defaultConfig, type Config } from './config.js';

/** The name of the optional config file at a project's root. */
export const configFileName = 'tarjama.config.json';

/**
 * Reads `tarjama.config.json` under `root` (if any), validates it and applies the defaults. The
 * user names it by running tarjama in its folder: it is read wherever it is (a link is followed).
 */
export async function loadConfig(root: string): Promise<Config> {
  const read = readProjectFile(path.join(root, configFileName), configFileName, null);
  if ('absent' in read) return structuredClone(defaultConfig) as Config;
  const source = read.text;
  const deep = jsonNestingExcess(source, nestingLimits.json);
  if (deep) {
    const where = deep.key === null ? '' : ` in "${deep.key}"`;
    throw new TarjamaError(`the config nests arrays and objects more than ${nestingLimits.json} deep${where}; no setting goes deeper than 3`, { file: configFileName, ...textPositions(source)(deep.offset) });
  }
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    // jsonc-parser is asked only where the JSON went wrong, and in words a person can act on.
    const [first] = jsonTree(source).errors;
    const syntax = first ? jsonSyntaxError(source, first) : null;
    const problem = source.trim() === '' ? 'the file is empty' : syntax ? syntax.problem : (error as Error).message;
    throw new TarjamaError(`the config is not valid JSON: ${problem}`, { file: configFileName, ...(syntax ? textPositions(source)(syntax.offset) : {}) });
  }
  // An error names the line of the setting: its key in an object, the item in an array.
  const locate: Locate = (path) => {
    const { root } = jsonTree(source);
    const node = root && path.length > 0 ? findNodeAtLocation(root, [...path]) : root;
    const shown = node?.parent?.type === 'property' ? node.parent : node;
    return shown ? { file: configFileName, ...textPositions(source)(shown.offset) } : { file: configFileName };
  };
  assertConfig(value, locate);
  const { $schema: _schema, ...user } = value as Record<string, unknown>;
  return { ...(structuredClone(defaultConfig) as Config), ...(user as Partial<Config>) };
}

/** The JSON syntax tree of a text, built only to say where in the file something is. */
function jsonTree(text: string): { root: JsonNode | undefined; errors: ParseError[] } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  return { root, errors };
}
