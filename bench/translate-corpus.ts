import { serializeCatalog } from '../pipeline/catalog/serialize-catalog.js';
import type { Config } from '../pipeline/config/config.js';
import { loadProject } from '../pipeline/project/load-project.js';
import { transformMessages } from '../pipeline/pseudo/pseudo-locales.js';
import { writeFileAtomic } from '../pipeline/store/write-file-atomic.js';

const accents: Record<string, string> = Object.fromEntries([...'aeiouc'].map((letter, index) => [letter, [...'àéîôûç'][index] as string]));
const arabic: Record<string, string> = Object.fromEntries([...'abcdefghijklmnopqrstuvwxyz'].map((letter, index) => [letter, [...'ابتثجحخدذرزسشصضطظعغفقكلمنه'][index] as string]));

/** Stand-in translations for the benchmark: text changed, every structure and number kept. */
export const translators: Record<string, (text: string) => string> = {
  fr: (text) => text.replace(/[aeiouc]/g, (letter) => accents[letter] ?? letter),
  ar: (text) => text.toLowerCase().replace(/[a-z]/g, (letter) => arabic[letter] ?? letter).replace(/,/g, '،'),
};

/** Writes complete fr and ar catalogs for an extracted corpus. */
export async function translateCorpus(root: string, config: Config): Promise<void> {
  const project = await loadProject(root, config);
  const locales = Object.keys(translators);
  for (const document of project.documents) {
    const translated = transformMessages(document, Object.values(translators));
    for (const [index, locale] of locales.entries()) {
      const texts = translated[index] as string[];
      const values = document.segments.map((segment, at) => [segment.key, texts[at] as string] as const);
      await writeFileAtomic(project.paths.catalogFile(locale, document.namespace), serializeCatalog(values));
    }
  }
}
