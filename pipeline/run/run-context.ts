import { loadAccepted } from '../catalog/accepted-file.js';
import { loadGlossary } from '../catalog/load-glossary.js';
import type { Config } from '../config/config.js';
import { SharedI18n } from '../i18n/shared-i18n.js';
import { parsedArticles, type ParsedArticles } from '../project/parsed-articles.js';
import { projectPaths, type ProjectPaths } from '../project/project-paths.js';
import { siteNamespace } from '../project/site-namespace.js';
import { ruleContext, type RuleContext } from '../translate/rule-context.js';
import { tarjamaCodeHash } from '../util/tarjama-code-hash.js';

/**
 * What every namespace of a run shares, loaded once per process (or worker): the config,
 * the rules with the glossary, and one i18next instance, which loads each namespace's
 * catalogs while it is processed (`SharedI18n.withNamespace`).
 */
export interface RunContext {
  root: string;
  config: Config;
  paths: ProjectPaths;
  rules: RuleContext;
  i18n: SharedI18n;
  /** Locales whose site strings (`common`) have errors: their editions are not published. */
  siteBlocked: Set<string>;
  /** Whether the project has site strings. */
  hasSiteStrings: boolean;
  /** Articles' parses, kept from the run that last parsed the same text (see `parsedArticles`). */
  parses: ParsedArticles;
}

/** Loads the shared part of a run. */
export async function createRunContext(root: string, config: Config, hasSiteStrings: boolean): Promise<RunContext> {
  const paths = projectPaths(root, config);
  const i18n = new SharedI18n(config.sourceLocale, [siteNamespace]);
  const glossary = await loadGlossary(paths.glossaryFile, paths.relative(paths.glossaryFile), paths.guard, config.sourceLocale);
  const accepted = loadAccepted(paths.acceptedFile, paths.relative(paths.acceptedFile), paths.guard);
  return { root, config, paths, rules: ruleContext(config, glossary, (locale) => i18n.reader.dir(locale), accepted), i18n, siteBlocked: new Set(), hasSiteStrings, parses: parsedArticles(paths, config.frontMatterFields, tarjamaCodeHash()) };
}
