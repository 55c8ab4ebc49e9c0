import { loadAccepted, serializeAccepted, type AcceptedFinding } from '../catalog/accepted-file.js';
import { sourceHash, textHash } from '../catalog/translation-state.js';
import { assertLocaleFilter } from '../config/assert-locale-filter.js';
import type { Config } from '../config/config.js';
import { projectPaths } from '../project/project-paths.js';
import { allRules } from '../rules/all-rules.js';
import { runProject } from '../run/run-project.js';
import type { RunSettings } from '../run/run-settings.js';
import { writeFileAtomic } from '../store/write-file-atomic.js';
import { TarjamaError } from '../util/tarjama-error.js';

/** Which finding `accept` accepts: one rule's, on one key, in one locale (in one article, when the key is in several). */
export interface AcceptOptions {
  locale: string;
  key: string;
  rule: string;
  namespace?: string | undefined;
  /** Why the reviewer accepts it, kept in the file for the next reader. */
  note?: string | undefined;
}

/** What `accept` recorded, and where. */
export interface AcceptReport {
  file: string;
  accepted: AcceptedFinding;
}

/**
 * Records that a reviewer accepts the current finding of one rule on one key and locale: it is
 * kept in `locales/accepted.json` (committed, read by `check` and `build`) with the hashes of
 * the source and the translation it was made on, so that it blocks nothing while both stay as
 * they are and comes back by itself when either changes. Only rules of style and wording can
 * be accepted (`reviewable`): never structure, links, addresses or hidden characters.
 */
export async function accept(root: string, config: Config, options: AcceptOptions, settings: RunSettings = {}): Promise<AcceptReport> {
  assertLocaleFilter(config, [options.locale], true);
  const rule = allRules.find((candidate) => candidate.id === options.rule);
  if (!rule) throw new TarjamaError(`--rule: unknown rule "${options.rule}"; the rules are listed by \`tarjama check --help\``);
  if (rule.reviewable !== true) {
    const reviewable = allRules.filter((candidate) => candidate.reviewable === true).map((candidate) => candidate.id);
    throw new TarjamaError(`a finding of "${rule.id}" cannot be accepted: it breaks or hides part of the edition; fix the translation. Findings that can be accepted: ${reviewable.join(', ')}`);
  }
  const run = await runProject(root, config, { publish: null, ...settings });
  const found = run.findings.filter(
    (finding) => finding.rule === rule.id && finding.locale === options.locale && finding.key === options.key && (options.namespace === undefined || finding.namespace === options.namespace),
  );
  const namespaces = [...new Set(found.map((finding) => finding.namespace))];
  if (namespaces.length > 1) throw new TarjamaError(`"${options.key}" has a ${rule.id} finding in ${namespaces.join(', ')}: give --ns`);
  const [finding] = found;
  if (finding === undefined || finding.source === undefined || finding.translation === undefined) {
    throw new TarjamaError(`${rule.id} reports nothing on "${options.key}" in ${options.locale}: nothing to accept (\`tarjama check --locale ${options.locale} --rule ${rule.id}\` lists its findings)`);
  }
  const accepted: AcceptedFinding = {
    locale: options.locale,
    namespace: finding.namespace,
    key: options.key,
    rule: rule.id,
    source: sourceHash(finding.source),
    translation: textHash(finding.translation),
    finding: finding.message,
    ...(options.note !== undefined ? { note: options.note } : {}),
  };
  const paths = projectPaths(root, config);
  const same = (item: AcceptedFinding): boolean => item.locale === accepted.locale && item.namespace === accepted.namespace && item.key === accepted.key && item.rule === accepted.rule;
  const list = [...loadAccepted(paths.acceptedFile, paths.relative(paths.acceptedFile), paths.guard).filter((item) => !same(item)), accepted];
  await writeFileAtomic(paths.acceptedFile, serializeAccepted(list), root);
  return { file: paths.relative(paths.acceptedFile), accepted };
}
