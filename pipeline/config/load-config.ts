import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { TarjamaError } from '../io/tarjama-error.js';
import { assertConfig } from './assert-config.js';
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
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new TarjamaError(`the config is not valid JSON: ${(error as Error).message}`, { file: configFileName });
  }
  assertConfig(value, configFileName);
  const { $schema: _schema, ...user } = value as Record<string, unknown>;
  return { ...(structuredClone(defaultConfig) as Config), ...(user as Partial<Config>) };
}
