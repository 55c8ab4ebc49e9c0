import type { Config } from '../config/config.js';
import { serializeCatalog } from '../catalog/serialize-catalog.js';
import { writeFileAtomic, type WriteResult } from '../io/write-file-atomic.js';
import { loadProject } from '../project/load-project.js';

/** What `extract` did to each source-locale catalog. */
export interface ExtractReport {
  catalogs: Array<{ namespace: string; file: string; keys: number; result: WriteResult }>;
}

/** Writes `locales/<sourceLocale>/<slug>.json` for every source: one key per segment, in document order. */
export async function extract(root: string, config: Config): Promise<ExtractReport> {
  const { paths, documents } = await loadProject(root, config);
  const catalogs: ExtractReport['catalogs'] = [];
  for (const document of documents) {
    const file = paths.catalogFile(config.sourceLocale, document.namespace);
    const content = serializeCatalog(document.segments.map((segment) => [segment.key, segment.text]));
    catalogs.push({ namespace: document.namespace, file: paths.relative(file), keys: document.segments.length, result: await writeFileAtomic(file, content) });
  }
  return { catalogs };
}
