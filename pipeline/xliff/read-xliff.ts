import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { nestingLimits } from '../util/nesting-limits.js';
import { TarjamaError } from '../util/tarjama-error.js';
import { elementNestingExcess } from './element-nesting-excess.js';
import { readXliff12 } from './read-xliff-12.js';
import { readXliff20 } from './read-xliff-20.js';
import { namespaces, type XliffFile, type XliffVersion } from './xliff-file.js';
import { children, line, type Fail } from './xml-nodes.js';

/** An XLIFF file as read back, with its version. */
export interface ReadXliff extends XliffFile {
  version: XliffVersion;
}

/**
 * Reads an XLIFF 1.2 or 2.0 file written by tarjama (or by a CAT tool from one): one
 * namespace, its units, sources and targets as inline content. Malformed XML, another
 * vocabulary, split `<sc>`/`<ec>` pairs or elements nested deeper than `nestingLimits.xliff`
 * are errors that name the file and, when the parser knows it, the line.
 */
export function readXliff(text: string, file: string): ReadXliff {
  const fail: Fail = (message, line, column) => {
    throw new TarjamaError(message, { file, line, column });
  };
  const root = parseXml(text, fail).documentElement;
  if (!root || root.localName !== 'xliff') return fail('not an XLIFF file (the root element is not <xliff>)');
  const deep = elementNestingExcess(root, nestingLimits.xliff);
  if (deep) {
    const { lineNumber, columnNumber } = deep as Element & { lineNumber?: number; columnNumber?: number };
    return fail(
      `elements nested more than ${nestingLimits.xliff} deep (at <${deep.localName}>); tarjama's XLIFF nests far less: keep the inline elements of the source as they are`,
      lineNumber,
      columnNumber,
    );
  }
  const version = root.getAttribute('version');
  if (version === '1.1' || version === '1.0') {
    return fail(
      `XLIFF ${version} (what Translate Toolkit's po2xliff writes) is not imported: it has lost what tarjama needs (the namespace, the target language, each unit's key as its id, the protected elements as inline elements); translate the XLIFF 1.2 file that \`tarjama xliff export\` wrote (pocount, pofilter and xliff2po read it as it is) and import that file`,
      line(root),
    );
  }
  if ((version !== '1.2' && version !== '2.0') || root.namespaceURI !== namespaces[version]) return fail(`unsupported XLIFF version "${version ?? ''}"; tarjama reads 1.2 and 2.0`);
  const files = children(root, 'file');
  if (files.length !== 1) return fail(`expected one <file> (one namespace per XLIFF file), found ${files.length}`);
  const fileElement = files[0] as Element;
  return { version, ...(version === '1.2' ? readXliff12(fileElement, fail) : readXliff20(root, fileElement, fail)) };
}

/** The XML document of a text; the first parse error (not a warning) refuses it, with its line. */
function parseXml(text: string, fail: Fail): Document {
  let problem: { message: string; line?: number } | null = null;
  const parser = new DOMParser({
    locator: true,
    onError: (level, message, context) => {
      if (level === 'warning' || problem) return;
      const line = (context as { locator?: { lineNumber?: number } } | undefined)?.locator?.lineNumber ?? Number(/line:(\d+)/.exec(message)?.[1] ?? Number.NaN);
      problem = { message: message.split('\n')[0] ?? message, ...(Number.isFinite(line) ? { line } : {}) };
    },
  });
  let document: Document | null = null;
  try {
    document = parser.parseFromString(text, 'text/xml');
  } catch {
    // xmldom throws on fatal errors after reporting them to onError.
  }
  const reported = problem as { message: string; line?: number } | null;
  return reported || !document ? fail(`not well-formed XML: ${reported?.message ?? 'the parser gave up'}`, reported?.line) : document;
}
