import type { LocaleCatalog } from './locale-catalog.js';

/**
 * What a run read of a catalog file, as a write's `expected` (`FileWrite`): its text (byte-order
 * mark included), null when there was no file, undefined when its bytes were not text (not UTF-8).
 */
export function readContent(catalog: LocaleCatalog): string | null | undefined {
  return catalog.text ?? (catalog.catalog.exists ? undefined : null);
}
