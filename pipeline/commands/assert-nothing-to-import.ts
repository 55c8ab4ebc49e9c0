import { readProjectFile } from '../store/read-project-file.js';
import { TarjamaError } from '../util/tarjama-error.js';
import type { XliffImportPlan } from './plan-xliff-import.js';

/**
 * Refuses to write an export over a file a translator may have worked in: when the file at
 * `file` holds translations its import would merge (`plan` sorts them as the import does), the
 * export stops before replacing it and says how to bring them in. An absent file, or one that
 * holds nothing the catalog lacks, may be replaced.
 */
export function assertNothingToImport(file: string, shown: string, plan: (text: string) => XliffImportPlan, importCommand: string): void {
  const existing = readProjectFile(file, shown, null);
  if ('absent' in existing) return;
  const keys = [...plan(existing.text).candidates.keys()];
  if (keys.length === 0) return;
  const listed = keys.length > 5 ? `${keys.slice(0, 5).join(', ')}…` : keys.join(', ');
  throw new TarjamaError(
    `holds ${keys.length} translation${keys.length === 1 ? '' : 's'} the catalog does not have yet (${listed}); import ${keys.length === 1 ? 'it' : 'them'} first (tarjama ${importCommand} ${shown}), or delete the file to export afresh`,
    { file: shown },
  );
}
