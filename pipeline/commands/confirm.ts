import { assertTargetLocale } from '../config/assert-target-locale.js';
import type { Config } from '../config/config.js';
import { removeFile } from '../io/remove-file.js';
import { writeFileAtomic } from '../io/write-file-atomic.js';
import { assertNamespace } from '../project/assert-namespace.js';
import { loadProject } from '../project/load-project.js';
import { loadTranslations } from '../project/load-translations.js';
import { serializeState } from '../state/state-file.js';
import { translationStatus } from '../state/translation-state.js';

/** Which translations `confirm` marks as current. */
export interface ConfirmOptions {
  locale: string;
  key?: string | undefined;
  namespace?: string | undefined;
}

/** The translations `confirm` marked as current. */
export interface ConfirmReport {
  locale: string;
  confirmed: Array<{ namespace: string; key: string; was: 'outdated' | 'from-memory' }>;
}

/**
 * Marks outdated or memory-filled translations as current after a translator reviewed them
 * and found they still fit: the translation text is not changed, only the state.
 */
export async function confirm(root: string, config: Config, options: ConfirmOptions): Promise<ConfirmReport> {
  assertTargetLocale(config, options.locale);
  const project = await loadProject(root, config);
  assertNamespace(project, options.namespace);
  const translations = await loadTranslations(project);
  const report: ConfirmReport = { locale: options.locale, confirmed: [] };
  for (const document of project.documents) {
    if (options.namespace !== undefined && document.namespace !== options.namespace) continue;
    const state = translations.states.get(document.namespace);
    const entries = state?.get(options.locale);
    const values = translations.catalogs.get(document.namespace)?.get(options.locale)?.catalog.values;
    if (!state || !entries || !values) continue;
    let changed = false;
    for (const segment of document.segments) {
      if (options.key !== undefined && segment.key !== options.key) continue;
      const value = values.get(segment.key);
      if (value === undefined) continue;
      const status = translationStatus(segment.text, value, entries.get(segment.key));
      if (status === 'current') continue;
      entries.delete(segment.key);
      changed = true;
      report.confirmed.push({ namespace: document.namespace, key: segment.key, was: status });
    }
    if (!changed) continue;
    const file = project.paths.stateFile(document.namespace);
    const content = serializeState(state);
    if (content === null) await removeFile(file);
    else await writeFileAtomic(file, content, project.paths.root);
  }
  return report;
}
