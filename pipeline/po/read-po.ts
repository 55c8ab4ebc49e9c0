import { po, type GetTextTranslation, type GetTextTranslations } from 'gettext-parser';
import { basePrefix, type PoEntry } from './po-file.js';

/** A PO file as read back: its header fields, its entries, and the entries that could not be read. */
export interface ReadPo {
  /** Header fields by name (`Language`, `Plural-Forms`, `X-Tarjama-Namespace`…). */
  headers: Record<string, string>;
  entries: PoEntry[];
  /** Entries gettext-parser refused, each with its line: the others are still read. */
  problems: Array<{ line: number; message: string }>;
}

/**
 * Reads a PO file (UTF-8) with gettext-parser, entry by entry: the file is cut at its blank
 * lines (a PO string never spans a line, so a blank line always ends an entry) and each
 * entry is parsed alone, so that a broken one is a problem at its line and the rest is read.
 * Obsolete (`#~`) entries are left out: they are nobody's current translation.
 */
export function readPo(text: string): ReadPo {
  const read: ReadPo = { headers: {}, entries: [], problems: [] };
  for (const { start, lines } of blocks(text)) {
    const offset = lines.findIndex((line) => /^(msgctxt|msgid)\b/.test(line));
    const line = start + Math.max(offset, 0);
    let parsed: GetTextTranslations;
    try {
      parsed = po.parse(lines.join('\n'));
    } catch (error) {
      const within = (error as { lineNumber?: number }).lineNumber;
      read.problems.push({ line: within === undefined ? line : start + within - 1, message: (error as Error).message.replace(/^Error parsing PO data: /, '').replace(/ at line \d+/, '') });
      continue;
    }
    for (const [context, messages] of Object.entries(parsed.translations)) {
      for (const message of Object.values(messages)) {
        if (context === '' && message.msgid === '') Object.assign(read.headers, parsed.headers);
        else read.entries.push(entry(message, line));
      }
    }
  }
  return read;
}

/** The lines of each blank-line-separated block, with the 1-based line it starts on. */
function blocks(text: string): Array<{ start: number; lines: string[] }> {
  const found: Array<{ start: number; lines: string[] }> = [];
  let current: { start: number; lines: string[] } | null = null;
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') current = null;
    else if (current) current.lines.push(line);
    else found.push((current = { start: index + 1, lines: [line] }));
  });
  return found;
}

function entry(message: GetTextTranslation, line: number): PoEntry {
  const extracted = (message.comments?.extracted ?? '').split('\n').filter((note) => note !== '');
  const base = extracted.find((note) => note.startsWith(basePrefix));
  return {
    context: message.msgctxt ?? '',
    source: message.msgid,
    sourcePlural: message.msgid_plural ?? null,
    translations: message.msgstr,
    fuzzy: (message.comments?.flag ?? '').split(',').some((flag) => flag.trim() === 'fuzzy'),
    previous: message.comments?.previous ?? null,
    notes: extracted.filter((note) => note !== base),
    references: (message.comments?.reference ?? '').split(/\s+/).filter(Boolean),
    base: base?.slice(basePrefix.length).trim() ?? null,
    line,
  };
}
