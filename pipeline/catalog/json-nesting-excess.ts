import { createScanner } from 'jsonc-parser';

/** Where a JSON text first nests deeper than allowed, and the top-level key whose value it is in. */
export interface JsonNestingExcess {
  /** Offset of the first `[` or `{` past the limit. */
  offset: number;
  /** The property of the root object the deep value belongs to; null when the root is not an object. */
  key: string | null;
}

// jsonc-parser's SyntaxKind is a const enum, which esbuild (vitest) cannot inline from a .d.ts.
const openBrace = 1;
const closeBrace = 2;
const openBracket = 3;
const closeBracket = 4;
const comma = 5;
const stringLiteral = 10;
const endOfFile = 17;

/**
 * Finds the first array or object nested deeper than `maximum`, with jsonc-parser's own
 * scanner: its `parseTree` recurses once per level and overflows the stack on a few thousand,
 * so a text must pass this (one loop, no recursion) before it is parsed.
 */
export function jsonNestingExcess(text: string, maximum: number): JsonNestingExcess | null {
  const scanner = createScanner(text, true);
  // What each open `[` or `{` waits for; a mismatched close leaves it open, which can only
  // overstate the depth of a text that is not valid JSON anyway.
  const open: number[] = [];
  let rootIsObject = false;
  let key: string | null = null;
  let previous = endOfFile;
  for (let token = scanner.scan(); token !== endOfFile; token = scanner.scan()) {
    if (token === openBrace || token === openBracket) {
      if (open.length === 0) rootIsObject = token === openBrace;
      open.push(token === openBrace ? closeBrace : closeBracket);
      if (open.length > maximum) return { offset: scanner.getTokenOffset(), key: rootIsObject ? key : null };
    } else if ((token === closeBrace || token === closeBracket) && open.at(-1) === token) {
      open.pop();
    } else if (token === stringLiteral && open.length === 1 && (previous === openBrace || previous === comma)) {
      key = scanner.getTokenValue();
    }
    previous = token;
  }
  return null;
}
