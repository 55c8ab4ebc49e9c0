import { po, type GetTextTranslation } from 'gettext-parser';
import { basePrefix, type PoEntry, type PoFile } from './po-file.js';

/**
 * Writes one namespace as a PO file with gettext-parser: a complete UTF-8 header (with
 * `Plural-Forms` when the namespace has plurals), then an entry per key, `msgctxt` the key,
 * `msgid` the source, notes as `#.` comments, the source line as a `#:` reference, and a
 * translation that needs review as `#, fuzzy`, with `#| msgid` holding the source it was made for.
 */
export function writePo(file: PoFile): string {
  const headers: Record<string, string> = {
    'Project-Id-Version': file.namespace,
    'Report-Msgid-Bugs-To': '',
    'PO-Revision-Date': '',
    'Last-Translator': '',
    'Language-Team': file.targetLocale,
    Language: file.targetLocale,
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=UTF-8',
    'Content-Transfer-Encoding': '8bit',
    ...(file.pluralForms === null ? {} : { 'Plural-Forms': file.pluralForms }),
    'X-Generator': 'tarjama',
    'X-Tarjama-Namespace': file.namespace,
    'X-Tarjama-Source-Language': file.sourceLocale,
  };
  const translations: Record<string, Record<string, GetTextTranslation>> = { '': { '': { msgid: '', msgstr: [''] } } };
  for (const entry of file.entries) translations[entry.context] = { [entry.source]: translation(entry) };
  return po.compile({ charset: 'utf-8', headers, translations }).toString('utf8') + '\n';
}

function translation(entry: PoEntry): GetTextTranslation {
  const notes = [...entry.notes, ...(entry.base === null ? [] : [`${basePrefix}${entry.base}`])];
  return {
    msgctxt: entry.context,
    msgid: entry.source,
    ...(entry.sourcePlural === null ? {} : { msgid_plural: entry.sourcePlural }),
    msgstr: entry.translations,
    comments: {
      extracted: notes.join('\n'),
      reference: entry.references.join('\n'),
      ...(entry.fuzzy ? { flag: 'fuzzy' } : {}),
      ...(entry.previous === null ? {} : { previous: previousLines(entry.previous) }),
    },
  };
}

/** The `msgid` lines of a text as gettext writes them, for a `#|` comment: written by gettext-parser too. */
function previousLines(text: string): string {
  const compiled = po.compile({ charset: 'utf-8', headers: {}, translations: { '': { [text]: { msgid: text, msgstr: [''] } } } });
  const entry = compiled.toString('utf8').split('\n\n').at(-1) ?? '';
  return entry.slice(0, entry.indexOf('\nmsgstr'));
}
