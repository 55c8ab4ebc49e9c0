import type { Catalog } from './read-catalog.js';

/** One locale's catalog for one document, as loaded. */
export interface LocaleCatalog {
  locale: string;
  /** The catalog file relative to the project root. */
  file: string;
  catalog: Catalog;
  /** The file's text as read, or null when there is no file. */
  text: string | null;
}
