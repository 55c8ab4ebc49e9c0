import type { Root, Yaml } from 'mdast';
import type { Config } from '../config/config.js';
import { renderFrontMatter } from '../front-matter/render-front-matter.js';
import { writeFileAtomic, type WriteResult } from '../io/write-file-atomic.js';
import { processor } from '../markdown/processor.js';
import { loadProject } from '../project/load-project.js';
import type { Finding, LocaleSummary } from '../report/finding.js';
import type { TranslationCounts } from '../translate/translate-document.js';
import { translateProject } from '../translate/translate-project.js';

/** Options of `build`. */
export interface BuildOptions {
  /** Publish source text where a translation is missing or rejected, and say so in the front matter. */
  allowIncomplete: boolean;
}

/** What `build` did with one document in one locale. */
export interface BuildOutput {
  locale: string;
  namespace: string;
  file: string;
  result: WriteResult | 'blocked';
  counts: TranslationCounts;
  incomplete: boolean;
}

/** The outcome of `build`: every output, and the findings that blocked or weakened some of them. */
export interface BuildReport {
  outputs: BuildOutput[];
  findings: Finding[];
  summary: LocaleSummary[];
  /** A catalog could not be read at all. */
  unreadable: boolean;
}

/**
 * Writes `output/<lng>/<slug>.md` for every locale through i18next. A document with an
 * error in a locale is not written for it (its previous output stays as it was) unless
 * `allowIncomplete` is set; an unreadable catalog always blocks.
 */
export async function build(root: string, config: Config, options: BuildOptions): Promise<BuildReport> {
  const project = await loadProject(root, config);
  const translation = await translateProject(project);
  const outputs: BuildOutput[] = [];
  for (const { document, editions } of translation.documents) {
    if (document.kind === 'strings') continue;
    for (const edition of editions) {
      const file = project.paths.outputFile(edition.locale, document.namespace);
      const errors = edition.findings.some((finding) => finding.severity === 'error');
      const base = { locale: edition.locale, namespace: document.namespace, file: project.paths.relative(file), counts: edition.counts };
      if (edition.catalog.catalog.unreadable || (errors && !options.allowIncomplete)) {
        outputs.push({ ...base, result: 'blocked', incomplete: errors });
        continue;
      }
      const incomplete = edition.counts.translated < edition.counts.total;
      const frontMatter = renderFrontMatter(document.frontMatter, edition.fields, {
        lang: edition.locale,
        dir: translation.i18n.dir(edition.locale),
        source: document.file,
        sourceHash: document.hash,
        incomplete: incomplete ? edition.counts : null,
      });
      outputs.push({ ...base, result: await writeFileAtomic(file, stringifyEdition(edition.tree, frontMatter)), incomplete });
    }
  }
  const unreadable = translation.documents.some(({ editions }) => editions.some((edition) => edition.catalog.catalog.unreadable));
  return { outputs, findings: translation.findings, summary: translation.summary, unreadable };
}

function stringifyEdition(tree: Root, frontMatter: string): string {
  const yaml: Yaml = { type: 'yaml', value: frontMatter };
  const children = tree.children[0]?.type === 'yaml' ? [yaml, ...tree.children.slice(1)] : [yaml, ...tree.children];
  return processor.stringify({ ...tree, children } as Root);
}
