import type { TranslatedDocument } from '../translate/translate-document.js';

/** The loaded site strings, as far as withholding one needs: whether a locale has a key, and putting another string in its place. */
export interface LoadedStrings {
  has(locale: string, key: string): boolean;
  replace(locale: string, key: string, value: string): void;
}

/**
 * One policy for site strings too: a string with an error is never published. Its locale's
 * editions are blocked; with --allow-incomplete they show the source's string in its place
 * (for a plural form the source lacks, its `_other` form), as a segment shows the source text.
 */
export function withholdRejectedStrings(sourceLocale: string, strings: LoadedStrings, edition: TranslatedDocument, source: ReadonlyMap<string, string> | undefined): void {
  if (!source || edition.locale === sourceLocale) return;
  for (const finding of edition.findings) {
    const key = finding.key;
    if (finding.severity !== 'error' || key === null || !strings.has(edition.locale, key)) continue;
    const stand = source.get(key) ?? source.get(key.replace(/_(zero|one|two|few|many|other)$/, '_other'));
    if (stand !== undefined) strings.replace(edition.locale, key, stand);
  }
}
