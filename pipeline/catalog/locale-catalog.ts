import type { Catalog } from './read-catalog.js';

/** One locale's catalog for one document, as loaded. */
export interface LocaleCatalog {
  locale: string;
  /** The catalog file relative to the project root. */
  file: string;
  catalog: Catalog;
  /** The file's text as read, or null when there is no file. */
  text: string | null;
  /**
   * Keys the file lacks that were filled from a fallback the config declares, with the
   * fallback's catalog each came from (see `fillFromFallbacks`): their entries are the
   * fallback's, and findings about them point into its file.
   */
  borrowed?: ReadonlyMap<string, LocaleCatalog>;
}
