import type { Element, ElementContent, Root, Text } from 'hast';

const latinOrDigit = /[\p{Script=Latin}\p{Nd}]/u;
const inner = /[\p{Script=Latin}\p{Nd}\-+%.,:/@_'’&\u00A0\u202F]/u;
const skip = new Set(['code', 'pre', 'kbd', 'samp', 'bdi', 'script', 'style', 'math']);

/**
 * What `latinOrDigit` (bit 2) and `inner` (bit 4) say of each UTF-16 code unit, asked once per
 * code unit and thread (bit 1: asked). A text is read a code unit at a time, as the patterns
 * would read `text[index]`: a character outside the BMP, whose halves neither pattern takes, is
 * plain. An Arabic edition's text is mostly plain: a look in this table per character, not a
 * regular expression.
 */
const classes = new Uint8Array(0x10000);

function classOf(code: number): number {
  let found = classes[code] as number;
  if (found === 0) {
    const unit = String.fromCharCode(code);
    found = 1 | (latinOrDigit.test(unit) ? 2 : 0) | (inner.test(unit) ? 4 : 0);
    classes[code] = found;
  }
  return found;
}

const startsRun = (text: string, index: number): boolean => index < text.length && (classOf(text.charCodeAt(index)) & 2) !== 0;

/** Splits a text into plain parts and left-to-right runs (Latin words, numbers, codes, addresses). */
export function ltrRuns(text: string): Array<{ value: string; ltr: boolean }> {
  const parts: Array<{ value: string; ltr: boolean }> = [];
  let index = 0;
  // The plain part so far is `text.slice(plainFrom, index)`.
  let plainFrom = 0;
  while (index < text.length) {
    if (!startsRun(text, index)) {
      index += 1;
      continue;
    }
    let plain = text.slice(plainFrom, index);
    let end = index + 1;
    while (end < text.length) {
      const next = text.charCodeAt(end);
      if ((classOf(next) & 4) !== 0 || (next === 0x20 && startsRun(text, end + 1))) end += 1;
      else break;
    }
    // Sentence punctuation after the run belongs to the right-to-left sentence.
    while (end > index + 1 && /[.,:;]/.test(text[end - 1] as string)) end -= 1;
    let start = index;
    // A sign stuck to a number belongs to it: "+212", "-5".
    if (/\p{Nd}/u.test(text[index] as string) && /(^|\s)[+\-−]$/u.test(plain)) {
      plain = plain.slice(0, -1);
      start -= 1;
    }
    if (plain.endsWith('(') && text[end] === ')') {
      plain = plain.slice(0, -1);
      start -= 1;
      end += 1;
    }
    if (plain) parts.push({ value: plain, ltr: false });
    parts.push({ value: text.slice(start, end), ltr: true });
    index = end;
    plainFrom = end;
  }
  const plain = text.slice(plainFrom);
  if (plain) parts.push({ value: plain, ltr: false });
  return parts;
}

/**
 * For right-to-left editions: wraps every left-to-right run of running text in `<bdi>` so
 * that "MA-JUST", "(CyberSouth)", "25%" and addresses keep their order inside Arabic lines,
 * and marks code as `dir="ltr"`; an element marked `dir="ltr"` is left as it is.
 */
export function isolateLtrRuns(tree: Root | Element): void {
  const visit = (node: Root | Element): void => {
    const children: ElementContent[] = [];
    for (const child of node.children as ElementContent[]) {
      if (child.type === 'element') {
        if (child.tagName === 'code' || child.tagName === 'pre') child.properties = { ...child.properties, dir: 'ltr' };
        // An element already left to right (a block published in English) needs no isolating inside.
        if (!skip.has(child.tagName) && child.properties.dir !== 'ltr') visit(child);
        children.push(child);
      } else if (child.type === 'text') {
        for (const part of ltrRuns(child.value)) {
          const text: Text = { type: 'text', value: part.value };
          children.push(part.ltr ? { type: 'element', tagName: 'bdi', properties: { dir: 'ltr' }, children: [text] } : text);
        }
      } else children.push(child);
    }
    node.children = children as never;
  };
  visit(tree);
}
