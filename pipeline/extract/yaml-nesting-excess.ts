import { CST, Lexer } from 'yaml';

/**
 * The offset where YAML first nests mappings and sequences deeper than `maximum`, or null.
 * It reads yaml's lexer (a loop) before yaml's parser and composer, which recurse once per
 * level: past a thousand levels or so they overflow the stack, and an overflow that happens to
 * land in V8's regular-expression compiler ends the process instead of throwing.
 *
 * The depth is estimated, never by recursion: open flow collections (`[`, `{`), plus the block
 * levels of a line: its indentation against the indentations of the lines above it, and the
 * `-` and `?` indicators it starts with (`- - - x` is three sequences). It may count a mapping
 * inside a sequence item as one level with it: real front matter stays far below the limit.
 */
export function yamlNestingExcess(text: string, maximum: number): number | null {
  const indents: number[] = [];
  let flow = 0;
  let offset = 0;
  let column = 0;
  // At a line's start (before its first token), and then while reading its leading indicators.
  let lineStart = true;
  let leading = false;
  let indicators = 0;
  let scalarText = false;
  for (const token of new Lexer().lex(text)) {
    // yaml's lexer marks a document and each scalar with a control character of its own.
    if (token === CST.DOCUMENT || token === CST.FLOW_END) continue;
    if (token === CST.SCALAR) {
      scalarText = true;
      continue;
    }
    const type = scalarText ? 'scalar' : CST.tokenType(token);
    scalarText = false;
    const start = offset;
    offset += token.length;
    const lastBreak = token.lastIndexOf('\n');
    column = lastBreak >= 0 ? token.length - lastBreak - 1 : column + token.length;
    if (type === 'newline') {
      lineStart = true;
      continue;
    }
    if (type === 'space' || type === 'comment') continue;
    // A block scalar's text runs to the end of its last line; no line break token follows it.
    const endsLine = type === 'scalar' && token.endsWith('\n');
    if (lineStart && flow === 0) {
      const indent = column - token.length;
      while (indents.length > 0 && (indents.at(-1) as number) > indent) indents.pop();
      if (indents.length === 0 || (indents.at(-1) as number) < indent) indents.push(indent);
      leading = true;
      indicators = 0;
    }
    lineStart = false;
    if (leading && (type === 'seq-item-ind' || type === 'explicit-key-ind')) indicators += 1;
    else leading = false;
    if (type === 'flow-map-start' || type === 'flow-seq-start') flow += 1;
    else if ((type === 'flow-map-end' || type === 'flow-seq-end') && flow > 0) flow -= 1;
    // A line's first indicator is the collection its indentation already counts (`- x` at 4 is
    // the sequence at 4); each further one opens another (`- - x`).
    if (indents.length + Math.max(0, indicators - 1) + flow > maximum) return start;
    if (endsLine) lineStart = true;
  }
  return null;
}
