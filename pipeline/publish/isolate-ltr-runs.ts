import type { Element, ElementContent, Root, Text } from 'hast';

const latinOrDigit = /[\p{Script=Latin}\p{Nd}]/u;
const inner = /[\p{Script=Latin}\p{Nd}\-+%.,:/@_'’&\u00A0\u202F]/u;
const skip = new Set(['code', 'pre', 'kbd', 'samp', 'bdi', 'script', 'style', 'math']);

/** Splits a text into plain parts and left-to-right runs (Latin words, numbers, codes, addresses). */
export function ltrRuns(text: string): Array<{ value: string; ltr: boolean }> {
  const parts: Array<{ value: string; ltr: boolean }> = [];
  let index = 0;
  let plain = '';
  while (index < text.length) {
    const character = text[index] as string;
    if (!latinOrDigit.test(character)) {
      plain += character;
      index += 1;
      continue;
    }
    let end = index + 1;
    while (end < text.length) {
      const next = text[end] as string;
      if (inner.test(next) || (next === ' ' && latinOrDigit.test(text[end + 1] ?? ''))) end += 1;
      else break;
    }
    // Sentence punctuation after the run belongs to the right-to-left sentence.
    while (end > index + 1 && /[.,:;]/.test(text[end - 1] as string)) end -= 1;
    let start = index;
    // A sign stuck to a number belongs to it: "+212", "-5".
    if (/\p{Nd}/u.test(character) && /(^|\s)[+\-−]$/u.test(plain)) {
      plain = plain.slice(0, -1);
      start -= 1;
    }
    if (plain.endsWith('(') && text[end] === ')') {
      plain = plain.slice(0, -1);
      start -= 1;
      end += 1;
    }
    if (plain) parts.push({ value: plain, ltr: false });
    plain = '';
    parts.push({ value: text.slice(start, end), ltr: true });
    index = end;
  }
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
