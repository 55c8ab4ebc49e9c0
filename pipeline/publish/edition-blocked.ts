import type { TranslatedDocument } from '../translate/translate-document.js';
import type { PublishOptions } from './publish-options.js';

/** Whether an edition has errors, its own or its site strings' (`siteBlocked`: the locales whose site strings have errors). */
export function hasErrors(siteBlocked: ReadonlySet<string>, edition: TranslatedDocument): boolean {
  return edition.findings.some((finding) => finding.severity === 'error') || siteBlocked.has(edition.locale);
}

/**
 * Whether an edition is blocked: its catalog unreadable, or errors (or, with `missingSiteStrings`,
 * site strings it lacks) without --allow-incomplete.
 */
export function editionBlocked(siteBlocked: ReadonlySet<string>, unreadable: boolean, edition: TranslatedDocument, publish: PublishOptions | null, missingSiteStrings = false): boolean {
  return unreadable || ((hasErrors(siteBlocked, edition) || missingSiteStrings) && !publish?.allowIncomplete);
}

/** What blocks an edition: its error findings by rule, an unreadable catalog, site strings it lacks or that have errors. */
export function blockReasons(siteBlocked: ReadonlySet<string>, unreadable: boolean, edition: TranslatedDocument, missingSiteStrings: readonly string[]): Record<string, number> {
  const reasons: Record<string, number> = {};
  if (unreadable) reasons['unreadable catalog'] = 1;
  for (const finding of edition.findings) if (finding.severity === 'error') reasons[finding.rule] = (reasons[finding.rule] ?? 0) + 1;
  if (missingSiteStrings.length > 0) reasons['missing site strings'] = missingSiteStrings.length;
  if (siteBlocked.has(edition.locale)) reasons['errors in the site strings'] = 1;
  return reasons;
}
