import { DOMImplementation, XMLSerializer, type Element } from '@xmldom/xmldom';
import type { Inline } from './inline.js';
import { inlineTypes, namespaces, type XliffFile, type XliffUnit, type XliffVersion } from './xliff-file.js';

const xmlNamespace = 'http://www.w3.org/XML/1998/namespace';

/**
 * Writes one namespace as XLIFF 1.2 or 2.0. Protected parts of a message are inline
 * elements a CAT tool will not let a translator break: emphasis and links as `<g>`/`<pc>`
 * around their text, code, HTML, math, footnote references and line breaks as `<ph>`/`<x>`.
 */
export function writeXliff(file: XliffFile, version: XliffVersion): string {
  const ns = namespaces[version];
  const document = new DOMImplementation().createDocument(ns, 'xliff', null);
  const root = document.documentElement as Element;
  const element = (name: string, attributes: Record<string, string | undefined> = {}): Element => {
    const node = document.createElementNS(ns, name);
    for (const [attribute, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(attribute, value);
    return node;
  };
  const indent = (parent: Element, child: Element, depth: number): void => {
    parent.appendChild(document.createTextNode(`\n${'  '.repeat(depth)}`));
    parent.appendChild(child);
  };
  const close = (parent: Element, depth: number): void => {
    parent.appendChild(document.createTextNode(`\n${'  '.repeat(depth)}`));
  };

  root.setAttribute('version', version);
  let body: Element;
  if (version === '1.2') {
    const fileElement = element('file', { original: file.namespace, 'source-language': file.sourceLocale, 'target-language': file.targetLocale, datatype: 'x-markdown' });
    body = element('body');
    indent(root, fileElement, 1);
    indent(fileElement, body, 2);
    close(fileElement, 1);
  } else {
    root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:tarjama', namespaces.tarjama);
    root.setAttribute('srcLang', file.sourceLocale);
    root.setAttribute('trgLang', file.targetLocale);
    body = element('file', { id: file.namespace });
    indent(root, body, 1);
  }
  for (const unit of file.units) indent(body, version === '1.2' ? unit12(unit) : unit20(unit), version === '1.2' ? 3 : 2);
  close(body, version === '1.2' ? 2 : 1);
  close(root, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(document)}\n`;

  function unit12(unit: XliffUnit): Element {
    const transUnit = element('trans-unit', { id: unit.key, extradata: unit.base === null ? undefined : `tarjama-base:${unit.base}` });
    transUnit.setAttributeNS(xmlNamespace, 'xml:space', 'preserve');
    const source = element('source');
    appendInline12(source, unit.source);
    indent(transUnit, source, 4);
    if (unit.target !== null) {
      const states = { new: 'needs-translation', translated: 'translated', outdated: 'needs-review-translation', 'from-memory': 'needs-review-translation', unverified: 'needs-review-translation' };
      const target = element('target', { state: states[unit.state], 'state-qualifier': unit.state === 'from-memory' ? 'leveraged-tm' : undefined });
      appendInline12(target, unit.target);
      indent(transUnit, target, 4);
    }
    for (const text of unit.notes) {
      const note = element('note', { from: 'tarjama' });
      note.appendChild(document.createTextNode(text));
      indent(transUnit, note, 4);
    }
    close(transUnit, 3);
    return transUnit;
  }

  function appendInline12(parent: Element, inline: readonly Inline[]): void {
    for (const item of inline) {
      if (typeof item === 'string') parent.appendChild(document.createTextNode(item));
      else if ('pair' in item) {
        const g = element('g', { id: item.id, ctype: inlineTypes[item.pair].ctype });
        appendInline12(g, item.children);
        parent.appendChild(g);
      } else if (item.single === 'footnote' || item.single === 'break') {
        parent.appendChild(element('x', { id: item.id, ctype: inlineTypes[item.single].ctype, 'equiv-text': item.native }));
      } else {
        const ph = element('ph', { id: item.id, ctype: inlineTypes[item.single].ctype });
        ph.appendChild(document.createTextNode(item.native));
        parent.appendChild(ph);
      }
    }
  }

  function unit20(unit: XliffUnit): Element {
    const unitElement = element('unit', { id: unit.key });
    if (unit.base !== null) unitElement.setAttributeNS(namespaces.tarjama, 'tarjama:base', unit.base);
    if (unit.notes.length > 0) {
      const notes = element('notes');
      for (const text of unit.notes) {
        const note = element('note', { category: 'tarjama' });
        note.appendChild(document.createTextNode(text));
        indent(notes, note, 4);
      }
      close(notes, 3);
      indent(unitElement, notes, 3);
    }
    const data = new Map<string, string>();
    const collect = (inline: readonly Inline[]): void => {
      for (const item of inline) {
        if (typeof item === 'string') continue;
        if ('pair' in item) collect(item.children);
        else if (item.single !== 'break') data.set(`d${item.id}`, item.native);
      }
    };
    collect(unit.source);
    if (data.size > 0) {
      const originalData = element('originalData');
      for (const [id, text] of data) {
        const entry = element('data', { id });
        entry.appendChild(document.createTextNode(text));
        indent(originalData, entry, 4);
      }
      close(originalData, 3);
      indent(unitElement, originalData, 3);
    }
    const states = { new: ['initial', undefined], translated: ['translated', undefined], outdated: ['initial', 'tarjama:outdated'], 'from-memory': ['initial', 'tarjama:from-memory'], unverified: ['initial', 'tarjama:unverified'] } as const;
    const [state, subState] = states[unit.target === null ? 'new' : unit.state];
    const segment = element('segment', { state, subState });
    const source = element('source');
    source.setAttributeNS(xmlNamespace, 'xml:space', 'preserve');
    appendInline20(source, unit.source);
    indent(segment, source, 4);
    if (unit.target !== null) {
      const target = element('target');
      target.setAttributeNS(xmlNamespace, 'xml:space', 'preserve');
      appendInline20(target, unit.target);
      indent(segment, target, 4);
    }
    close(segment, 3);
    indent(unitElement, segment, 3);
    close(unitElement, 2);
    return unitElement;
  }

  function appendInline20(parent: Element, inline: readonly Inline[]): void {
    for (const item of inline) {
      if (typeof item === 'string') parent.appendChild(document.createTextNode(item));
      else if ('pair' in item) {
        const types = inlineTypes[item.pair];
        const pc = element('pc', { id: item.id, type: types.type, subType: types.subType });
        appendInline20(pc, item.children);
        parent.appendChild(pc);
      } else {
        const types = inlineTypes[item.single];
        parent.appendChild(element('ph', { id: item.id, type: types.type, subType: types.subType, disp: item.single === 'break' ? undefined : item.native, dataRef: item.single === 'break' ? undefined : `d${item.id}` }));
      }
    }
  }
}

