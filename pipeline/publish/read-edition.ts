import { decodeUtf8 } from '../store/decode-utf8.js';
import type { ProjectGuard } from '../store/project-guard.js';
import { readProjectBytes } from '../store/read-project-file.js';

/**
 * The exact text of a file that may be an edition tarjama wrote (`output/<lng>/<ns>.md` or
 * `.html`), through the guard when there is one; null when it is absent, cannot be read or is
 * not UTF-8: tarjama writes none such, and leaves a file it did not write alone.
 */
export function readEdition(file: string, guard: ProjectGuard | null): string | null {
  const bytes = readProjectBytes(file, guard, () => null);
  const decoded = bytes === null ? null : decodeUtf8(bytes);
  return decoded?.ok ? decoded.text : null;
}
