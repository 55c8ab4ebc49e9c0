import path from 'node:path';
import { copyToTemp, repoRoot } from './run-cli.js';

/** This repository's own project (its config, sources and catalogs, not its output) in a fresh temporary folder. */
export function copyRepositoryProject(): Promise<string> {
  return copyToTemp(repoRoot, (file) => {
    const [top = ''] = path.relative(repoRoot, file).split(path.sep);
    return ['', 'source', 'locales', 'tarjama.config.json'].includes(top);
  });
}
