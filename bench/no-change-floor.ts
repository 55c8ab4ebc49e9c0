import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../pipeline/config/load-config.js';
import { projectPaths } from '../pipeline/project/project-paths.js';
import { medianTime } from './median.js';

/** The least a no-change build of a project can take on this machine, measured (`noChangeFloor`). */
export interface NoChangeFloor {
  /** Inputs and outputs stated. */
  files: number;
  /** The median of the runs, start-up included. */
  seconds: number;
}

/**
 * Times a process that does only what a build which finds nothing changed must do: start
 * Node, read and parse the build record, and take the size and time of every input (source,
 * each locale's catalog, translation state) and every output it records, as tarjama does to
 * trust a record without reading the files (`unchangedResult`). No bundle, no config, no report:
 * the no-change builds the bench times cannot take less. The project must have been built.
 */
export async function noChangeFloor(root: string, runs: number): Promise<NoChangeFloor> {
  const config = await loadConfig(root);
  const paths = projectPaths(root, config);
  const record = paths.buildCacheFile;
  const inputs = paths.relativeInputs(config.locales);
  const namespaces = Object.keys((JSON.parse(await readFile(record, 'utf8')) as { namespaces: object }).namespaces);
  const folder = await mkdtemp(path.join(tmpdir(), 'tarjama-floor-'));
  const list = path.join(folder, 'inputs.json');
  await writeFile(list, JSON.stringify(namespaces.flatMap((namespace) => Object.values(inputs(namespace)).flat())));
  const child = fileURLToPath(new URL('./no-change-floor-child.js', import.meta.url));
  let files = 0;
  try {
    const seconds = medianTime(runs, () => {
      const result = spawnSync(process.execPath, [child, root, list, record], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`the no-change floor failed:\n${result.stderr}`);
      files = Number(result.stdout);
    });
    return { files, seconds };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
