/// <reference lib="dom" />
// These functions run inside the page (`page.evaluate(fn, arg)`): Playwright sends their source
// text, so each one is self-contained and uses nothing from this module's scope.

/** A box on the page, in CSS pixels from the viewport's top left. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Where a paragraph's first line of text starts and ends, and where its content box is. */
export interface FirstLine {
  text: string;
  direction: string;
  line: Box;
  content: Box;
}

/** One character of a left-to-right island, with its box. */
export interface IslandCharacter {
  character: string;
  box: Box;
}

/** A `<bdi>` run, its characters, and the nearest Arabic letters before and after it in logical order. */
export interface Island {
  text: string;
  direction: string;
  box: Box;
  characters: IslandCharacter[];
  before: IslandCharacter | null;
  after: IslandCharacter | null;
}

/** A character drawn as the font's missing-glyph box, and the font it was asked for in. */
export interface MissingGlyph {
  character: string;
  codePoint: string;
  font: string;
}

/** The first line box of every paragraph matched by `selector`, next to the paragraph's content box. */
export function firstLines(selector: string): FirstLine[] {
  const toBox = (rect: DOMRect): Box => ({ left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom });
  return Array.from(document.querySelectorAll(selector)).map((paragraph) => {
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => ((node.textContent ?? '').trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
    });
    const first = walker.nextNode();
    if (!first) throw new Error(`no text in ${paragraph.outerHTML.slice(0, 80)}`);
    const range = document.createRange();
    range.selectNodeContents(first);
    const line = range.getClientRects()[0];
    if (!line) throw new Error(`no line box for ${(first.textContent ?? '').slice(0, 40)}`);
    const style = getComputedStyle(paragraph);
    const outer = paragraph.getBoundingClientRect();
    const px = (value: string) => Number.parseFloat(value) || 0;
    return {
      text: (paragraph.textContent ?? '').slice(0, 40),
      direction: style.direction,
      line: toBox(line),
      content: {
        left: outer.left + px(style.borderLeftWidth) + px(style.paddingLeft),
        right: outer.right - px(style.borderRightWidth) - px(style.paddingRight),
        top: outer.top + px(style.borderTopWidth) + px(style.paddingTop),
        bottom: outer.bottom - px(style.borderBottomWidth) - px(style.paddingBottom),
      },
    };
  });
}

/**
 * Every `<bdi>` of the page with the box of each of its characters (a Range per character),
 * and the nearest Arabic letter before and after it in the source text of its block.
 */
export function ltrIslands(): Island[] {
  const toBox = (rect: DOMRect): Box => ({ left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom });
  const range = document.createRange();
  const boxOf = (node: Text, start: number, end: number): Box | null => {
    range.setStart(node, start);
    range.setEnd(node, end);
    const rect = range.getClientRects()[0];
    return rect && rect.width > 0 ? toBox(rect) : null;
  };
  return Array.from(document.querySelectorAll('bdi')).map((bdi) => {
    const block = bdi.closest('p, li, h1, h2, h3, h4, h5, h6, td, th, blockquote') ?? bdi.parentElement ?? document.body;
    const logical: Array<{ character: string; node: Text; start: number; end: number; inside: boolean }> = [];
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      let start = 0;
      for (const character of node.data) {
        logical.push({ character, node, start, end: start + character.length, inside: bdi.contains(node) });
        start += character.length;
      }
    }
    const first = logical.findIndex((entry) => entry.inside);
    const last = logical.findLastIndex((entry) => entry.inside);
    if (first < 0) throw new Error(`empty <bdi> in ${block.outerHTML.slice(0, 80)}`);
    const arabic = /\p{Script=Arabic}/u;
    const located = (entry: (typeof logical)[number] | undefined): IslandCharacter | null => {
      const box = entry ? boxOf(entry.node, entry.start, entry.end) : null;
      return entry && box ? { character: entry.character, box } : null;
    };
    return {
      text: bdi.textContent ?? '',
      direction: getComputedStyle(bdi).direction,
      box: toBox(bdi.getBoundingClientRect()),
      characters: logical
        .slice(first, last + 1)
        .filter((entry) => entry.character.trim())
        .map(located)
        .filter((entry): entry is IslandCharacter => entry !== null),
      before: located(logical.slice(0, first).findLast((entry) => arabic.test(entry.character))),
      after: located(logical.slice(last + 1).find((entry) => arabic.test(entry.character))),
    };
  });
}

/**
 * The characters under `selector` that Chromium draws as a missing-glyph box.
 *
 * Each visible character is drawn on a canvas in the computed font of the element it sits in
 * and compared, pixel for pixel, with U+0378 drawn in the same font: U+0378 is unassigned, so no
 * font has a glyph for it and Chromium draws the primary font's `.notdef` box, exactly as it
 * would for any other character that neither the font stack nor the system fallback covers.
 * Combining marks are drawn on U+25CC and compared with U+25CC + U+0378.
 */
export function missingGlyphs(selector: string): MissingGlyph[] {
  const canvas = document.createElement('canvas');
  canvas.width = 160;
  canvas.height = 120;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2d canvas context');
  const draw = (text: string, font: string): Uint8ClampedArray => {
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.font = font;
    context.fillText(text, 40, 80);
    return context.getImageData(0, 0, canvas.width, canvas.height).data;
  };
  const same = (a: Uint8ClampedArray, b: Uint8ClampedArray) => a.length === b.length && a.every((value, index) => value === b[index]);

  const byFont = new Map<string, Set<string>>();
  for (const root of Array.from(document.querySelectorAll(selector))) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, head')) continue;
      const style = getComputedStyle(parent);
      const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const characters = byFont.get(font) ?? new Set<string>();
      for (const character of node.textContent ?? '') if (!/[\p{Cc}\p{Cf}\p{Z}]/u.test(character)) characters.add(character);
      byFont.set(font, characters);
    }
  }

  const missing: MissingGlyph[] = [];
  for (const [font, characters] of byFont) {
    const box = draw('\u0378', font);
    const markBox = draw('\u25CC\u0378', font);
    for (const character of characters) {
      const mark = /\p{M}/u.test(character);
      if (same(mark ? draw(`\u25CC${character}`, font) : draw(character, font), mark ? markBox : box)) {
        missing.push({ character, codePoint: `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`, font });
      }
    }
  }
  return missing;
}
