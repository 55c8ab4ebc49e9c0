import { TarjamaError } from '../util/tarjama-error.js';

/** How many namespaces an error lists before it says how many more there are. */
const shown = 12;

/**
 * Asserts that every `--ns` value names one of the project's namespaces (`available`):
 * a filter that matched nothing would report nothing, and nothing reads as publishable.
 */
export function assertNamespaces(available: readonly string[], namespaces: readonly string[]): void {
  const known = new Set(available);
  const unknown = namespaces.find((namespace) => !known.has(namespace));
  if (unknown === undefined) return;
  const names = [...known].sort();
  const list = names.length > shown ? `${names.slice(0, shown).join(', ')} … (${names.length} in all)` : names.join(', ');
  throw new TarjamaError(`--ns: "${unknown}" is not a namespace of this project; ${names.length === 0 ? 'it has none yet (run tarjama extract)' : `expected one of ${list}`}`);
}
