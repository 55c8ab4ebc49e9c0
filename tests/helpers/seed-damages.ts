import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { textHash } from '../../pipeline/catalog/translation-state.js';
import type { RuleId } from '../../pipeline/report/finding.js';
import { copyToTemp, repoRoot } from './run-cli.js';

/**
 * Deliberately damaged copies of the seed translations, one defect each, at least one per rule
 * but plurals (the seed has no plural key of its own) and link-order (its article has no link;
 * tests/translator-text.test.ts and the rule's fixture cover it): `tests/seed-damage.test.ts` checks that
 * check reports each where it is, `tests/publishing-policy.test.ts` that build never
 * publishes it.
 */
export const slug = 'morocco-online-child-exploitation';
/** A catalog of the seed article, relative to the project. */
export const catalog = (locale: string): string => `locales/${locale}/${slug}.json`;
const NBSP = '\u00A0';

/** A catalog's values, as JSON.parse gives them. */
export type Catalog = Record<string, unknown>;
/** One defect, and where it must be reported. */
export interface Damage {
  rule: RuleId;
  locale: string;
  key: string;
  /** Changes the catalog of `locale`, or any file of the project. */
  edit: (catalog: Catalog) => void;
  raw?: (text: string) => string;
  files?: (project: string, catalog: Catalog) => Promise<void>;
  /** Lines below the damaged key where the finding belongs (the second copy of a duplicate). */
  offset?: number;
  /** Where the finding belongs when it is not the damaged key's line of `locale`'s catalog. */
  at?: { file: string; line: number };
}

const P4 = 'p-he-highlighted-the-importance-of-privacy';
const P2 = 'p-speaking-at-a-conference-on-protecting';
const P5 = 'p-the-presidency-of-the-public-prosecutors';
const P10 = 'p-other-speakers-emphasized-moroccos';
const replace = (key: string, from: string | RegExp, to: string) => (values: Catalog) => {
  const before = String(values[key]);
  values[key] = before.replace(from, to);
  if (values[key] === before) throw new Error(`damage to ${key} changed nothing`);
};
const set = (key: string, value: unknown) => (values: Catalog) => {
  values[key] = value;
};

/** Every damage. */
export const damages: Damage[] = [
  { rule: 'missing', locale: 'ar', key: P4, edit: (values) => delete values[P4] },
  { rule: 'empty', locale: 'fr', key: P4, edit: set(P4, '   ') },
  // The empty value extract writes for a key to translate is one finding: missing, not also empty.
  { rule: 'missing', locale: 'ar', key: P4, edit: set(P4, '') },
  { rule: 'type', locale: 'fr', key: P4, edit: set(P4, ['Il a mis en avant…']) },
  { rule: 'duplicate', locale: 'fr', key: P4, offset: 1, edit: () => {}, raw: (text) => text.replace(/^( {2}"p-he-highlighted[^\n]*\n)/m, '$1$1') },
  { rule: 'parse', locale: 'fr', key: P4, edit: () => {}, raw: (text) => text.replace(/(\n {2}"p-he-highlighted[^\n]*),\n/, '$1\n') },
  { rule: 'obsolete', locale: 'fr', key: 'p-an-old-paragraph', edit: set('p-an-old-paragraph', 'Un ancien paragraphe.') },
  { rule: 'stale', locale: 'en', key: P4, edit: replace(P4, 'He highlighted', 'He stressed') },
  { rule: 'untranslated', locale: 'fr', key: P4, edit: () => {}, files: async (project, values) => {
    const english = JSON.parse(await readFile(path.join(project, catalog('en')), 'utf8')) as Catalog;
    values[P4] = english[P4];
  } },
  { rule: 'markup', locale: 'fr', key: P4, edit: replace(P4, 'l’importance', '**l’importance**') },
  { rule: 'links', locale: 'fr', key: P4, edit: replace(P4, 'politiques de confidentialité', '[politiques de confidentialité](https://example.org/privacy)') },
  { rule: 'code', locale: 'fr', key: P4, edit: replace(P4, 'confidentialité', '`confidentialité`') },
  { rule: 'html', locale: 'fr', key: P4, edit: replace(P4, 'confidentialité', '<b>confidentialité</b>') },
  // A front-matter field is plain text: sites print it as it is, some unescaped or through a Markdown filter.
  { rule: 'html', locale: 'fr', key: 'meta-title', edit: set('meta-title', '<script>alert(document.domain)</script><img src=x onerror=alert(1)>') },
  { rule: 'markup', locale: 'fr', key: 'meta-title', edit: replace('meta-title', /$/, '\n\n# Titre injecté\n\n- puce') },
  { rule: 'markup', locale: 'ar', key: 'meta-description', edit: replace('meta-description', 'عبر الإنترنت.', 'عبر **الإنترنت**.') },
  { rule: 'placeholders', locale: 'fr', key: P4, edit: replace(P4, 'ce phénomène', 'ce phénomène {{count}}') },
  { rule: 'numbers', locale: 'fr', key: P10, edit: replace(P10, 'quatre rapports', 'cinq rapports') },
  { rule: 'urls', locale: 'fr', key: 'meta-description', edit: replace('meta-description', 'à Rabat.', 'à Rabat https://example.org/daki.') },
  { rule: 'emails', locale: 'fr', key: 'meta-description', edit: replace('meta-description', 'à Rabat.', 'à Rabat (presse@example.org).') },
  { rule: 'glossary', locale: 'fr', key: P5, edit: replace(P5, 'Présidence du Ministère public', 'Présidence du Parquet') },
  { rule: 'whitespace', locale: 'fr', key: P4, edit: replace(P4, 'mis en avant', 'mis  en avant') },
  // invisible: a right-to-left override in a paragraph, a lone surrogate in a front-matter field
  // (JSON's "\udc00"), a zero-width space inside a number word (which `numbers` still reads).
  { rule: 'invisible', locale: 'fr', key: P4, edit: replace(P4, 'l’importance', '\u202El’importance\u202C') },
  { rule: 'invisible', locale: 'ar', key: 'meta-title', edit: replace('meta-title', /$/, '\uDC00') },
  { rule: 'invisible', locale: 'ar', key: P10, edit: replace(P10, 'أربعة', 'أرب\u200Bعة') },
  { rule: 'end-punctuation', locale: 'fr', key: P4, edit: replace(P4, /\.$/, '') },
  { rule: 'ar-punctuation', locale: 'ar', key: P4, edit: replace(P4, 'سياسات الخصوصية،', 'سياسات الخصوصية,') },
  { rule: 'bidi', locale: 'ar', key: P2, edit: replace(P2, '«CyberSouth»', '«CyberSouth+»') },
  { rule: 'ar-digits', locale: 'ar', key: P10, edit: replace(P10, 'أربعة تقارير', '٤ تقارير') },
  { rule: 'fr-spacing', locale: 'fr', key: P2, edit: replace(P2, `«${NBSP}Protéger`, '« Protéger') },
  { rule: 'fr-quotes', locale: 'fr', key: P2, edit: (values) => {
    values[P2] = String(values[P2]).replaceAll(`«${NBSP}`, '"').replaceAll(`${NBSP}»`, '"');
  } },
  { rule: 'outdated', locale: 'fr', key: P4, edit: () => {}, files: (project, values) => state(project, 'fr', P4, 'He highlighted the importance of privacy policies.', String(values[P4]), 'source-change') },
  { rule: 'from-memory', locale: 'fr', key: P4, edit: () => {}, files: async (project, values) => {
    const english = JSON.parse(await readFile(path.join(project, catalog('en')), 'utf8')) as Catalog;
    await state(project, 'fr', P4, String(english[P4]), String(values[P4]), 'memory');
  } },
  { rule: 'unverified', locale: 'fr', key: P4, edit: () => {}, files: async (project, values) => {
    const english = JSON.parse(await readFile(path.join(project, catalog('en')), 'utf8')) as Catalog;
    await state(project, 'fr', P4, String(english[P4]), String(values[P4]), 'unverified');
  } },
  { rule: 'orphan', locale: 'fr', key: P4, edit: () => {}, at: { file: 'locales/fr/a-deleted-story.json', line: 1 }, files: (project, values) => writeFile(path.join(project, 'locales/fr/a-deleted-story.json'), `${JSON.stringify({ [P4]: values[P4] }, null, 2)}\n`) },
];

async function state(project: string, locale: string, key: string, sourceText: string, translation: string, origin: string): Promise<void> {
  const file = path.join(project, 'locales', '.tarjama', 'state', `${slug}.json`);
  await mkdir(path.dirname(file), { recursive: true });
  const entry = { source: textHash(sourceText), sourceText, translation: textHash(translation), origin };
  await writeFile(file, `${JSON.stringify({ version: 1, locales: { [locale]: { [key]: entry } } }, null, 2)}\n`);
}

/** A copy of the repository's config, sources and catalogs. */
export async function seedCopy(): Promise<string> {
  const keep = ['tarjama.config.json', 'source', 'locales'];
  return copyToTemp(repoRoot, (file) => {
    const relative = path.relative(repoRoot, file);
    return relative === '' || keep.some((entry) => relative === entry || relative.startsWith(`${entry}${path.sep}`));
  });
}

/** Applies a damage to a seed copy; returns the damaged catalog's text and the damaged key's line before. */
export async function applyDamage(project: string, damage: Damage): Promise<{ text: string; line: number }> {
  const file = path.join(project, catalog(damage.locale));
  const original = await readFile(file, 'utf8');
  const values = JSON.parse(original) as Catalog;
  const line = original.split('\n').findIndex((row) => row.startsWith(`  "${damage.key}"`)) + 1;
  damage.edit(values);
  await damage.files?.(project, values);
  const text = damage.raw ? damage.raw(original) : `${JSON.stringify(values, null, 2)}\n`;
  await writeFile(file, text);
  return { text, line };
}
