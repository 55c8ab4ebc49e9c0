import { printParseErrorCode, type ParseError } from 'jsonc-parser';

/** Where a JSON text first goes wrong, and what to do, in words a person can act on. */
export interface JsonSyntaxError {
  offset: number;
  problem: string;
}

/**
 * The first of jsonc-parser's errors for `source`, made readable. A trailing comma (JSON has
 * none) is reported at the comma, which is what to delete, rather than at the `}` or `]` after
 * it, where the parser notices; any other error is its code in words (`CloseBraceExpected` →
 * "close brace expected") with what usually causes it.
 */
export function jsonSyntaxError(source: string, error: ParseError): JsonSyntaxError {
  const closing = source[error.offset];
  if (closing === '}' || closing === ']') {
    let at = error.offset - 1;
    while (at >= 0 && /\s/.test(source[at] as string)) at -= 1;
    if (source[at] === ',') return { offset: at, problem: `a trailing comma before "${closing}": JSON allows none, delete it` };
  }
  const words = printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return { offset: error.offset, problem: `${words} (check for a missing comma or quote, a trailing comma, or a merge-conflict marker)` };
}
