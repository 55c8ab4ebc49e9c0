import { readFile } from 'node:fs/promises';
import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import path from 'node:path';
import { describeParseError } from '../catalog/read-catalog.js';
import { textPositions } from '../catalog/text-positions.js';
import { TarjamaError } from '../io/tarjama-error.js';
import { assertConfig, type Locate } from './assert-config.js';
import { defaultConfig, type Config } from './config.js';

/** The name of the optional config file at a project's root. */
export const configFileName = 'tarjama.config.json';

/** Reads `tarjama.config.json` under `root` (if any), validates it and applies the defaults. */
export async function loadConfig(root: string): Promise<Config> {
  const file = path.join(root, configFileName);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return structuredClone(defaultConfig) as Config;
    throw new TarjamaError(`cannot read the config: ${(error as Error).message}`, { file: configFileName });
  }
  const source = text.replace(/^\uFEFF/, '');
  const at = textPositions(source);
  const errors: ParseError[] = [];
  const tree = parseTree(source, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  if (errors.length > 0 || tree === undefined) {
    const [error] = errors;
    const problem = error ? describeParseError(printParseErrorCode(error.error)) : 'the file is empty';
    throw new TarjamaError(`the config is not valid JSON: ${problem}`, { file: configFileName, ...at(error?.offset ?? 0) });
  }
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    throw new TarjamaError(`the config is not valid JSON: ${(error as Error).message}`, { file: configFileName });
  }
  // An error names the line of the setting: its key in an object, the item in an array.
  const locate: Locate = (path) => {
    const node = path.length === 0 ? tree : findNodeAtLocation(tree, [...path]);
    const shown = node?.parent?.type === 'property' ? node.parent : node;
    return shown ? { file: configFileName, ...at(shown.offset) } : { file: configFileName };
  };
  assertConfig(value, locate);
  const { $schema: _schema, ...user } = value as Record<string, unknown>;
  return { ...(structuredClone(defaultConfig) as Config), ...(user as Partial<Config>) };
}
