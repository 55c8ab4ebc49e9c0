import { writeXliff12 } from './write-xliff-12.js';
import { writeXliff20 } from './write-xliff-20.js';
import type { XliffFile, XliffVersion } from './xliff-file.js';

const writers: Record<XliffVersion, (file: XliffFile) => string> = { '1.2': writeXliff12, '2.0': writeXliff20 };

/**
 * Writes one namespace as XLIFF 1.2 or 2.0. Protected parts of a message are inline
 * elements a CAT tool will not let a translator break: emphasis and links as `<g>`/`<pc>`
 * around their text, code, HTML, math, footnote references and line breaks as `<ph>`/`<x>`.
 */
export function writeXliff(file: XliffFile, version: XliffVersion): string {
  return writers[version](file);
}
