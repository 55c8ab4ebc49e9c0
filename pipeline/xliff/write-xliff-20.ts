import type { Element } from '@xmldom/xmldom';
import type { Inline } from './inline.js';
import { inlineTypes, namespaces, type UnitState, type XliffFile, type XliffUnit } from './xliff-file.js';
import { xmlBuilder, xmlNamespace, type XmlBuilder } from './xml-builder.js';

const states: Record<UnitState, readonly [string, string | undefined]> = {
  new: ['initial', undefined],
  translated: ['translated', undefined],
  outdated: ['initial', 'tarjama:outdated'],
  'from-memory': ['initial', 'tarjama:from-memory'],
  unverified: ['initial', 'tarjama:unverified'],
};

/**
 * Writes one namespace as XLIFF 2.0: a `<unit>` per key with one `<segment>`, emphasis and
 * links as `<pc>` around their text, everything else as `<ph>` whose Markdown is in `<originalData>`.
 */
export function writeXliff20(file: XliffFile): string {
  const xml = xmlBuilder('2.0');
  xml.root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:tarjama', namespaces.tarjama);
  xml.root.setAttribute('srcLang', file.sourceLocale);
  xml.root.setAttribute('trgLang', file.targetLocale);
  const body = xml.element('file', { id: file.namespace });
  xml.indent(xml.root, body, 1);
  for (const unit of file.units) xml.indent(body, unitElement(xml, unit), 2);
  xml.close(body, 1);
  return xml.serialize();
}

function unitElement(xml: XmlBuilder, unit: XliffUnit): Element {
  const element = xml.element('unit', { id: unit.key });
  if (unit.base !== null) element.setAttributeNS(namespaces.tarjama, 'tarjama:base', unit.base);
  if (unit.notes.length > 0) xml.indent(element, list(xml, 'notes', unit.notes.map((text) => ['note', { category: 'tarjama' }, text])), 3);
  const data = originalData(unit.source);
  if (data.size > 0) xml.indent(element, list(xml, 'originalData', [...data].map(([id, text]) => ['data', { id }, text])), 3);
  const [state, subState] = states[unit.target === null ? 'new' : unit.state];
  const segment = xml.element('segment', { state, subState });
  xml.indent(segment, content(xml, 'source', unit.source), 4);
  if (unit.target !== null) xml.indent(segment, content(xml, 'target', unit.target), 4);
  xml.close(segment, 3);
  xml.indent(element, segment, 3);
  xml.close(element, 2);
  return element;
}

/** A `<notes>` or `<originalData>`: one text element per entry, indented. */
function list(xml: XmlBuilder, name: string, entries: ReadonlyArray<readonly [string, Record<string, string>, string]>): Element {
  const parent = xml.element(name);
  for (const [childName, attributes, text] of entries) {
    const child = xml.element(childName, attributes);
    child.appendChild(xml.text(text));
    xml.indent(parent, child, 4);
  }
  xml.close(parent, 3);
  return parent;
}

/** The Markdown of every stand-alone element but line breaks, by data id, in document order. */
function originalData(inline: readonly Inline[], data = new Map<string, string>()): Map<string, string> {
  for (const item of inline) {
    if (typeof item === 'string') continue;
    if ('pair' in item) originalData(item.children, data);
    else if (item.single !== 'break') data.set(`d${item.id}`, item.native);
  }
  return data;
}

/** A `<source>` or `<target>`, whitespace preserved. */
function content(xml: XmlBuilder, name: 'source' | 'target', inline: readonly Inline[]): Element {
  const element = xml.element(name);
  element.setAttributeNS(xmlNamespace, 'xml:space', 'preserve');
  appendInline(xml, element, inline);
  return element;
}

function appendInline(xml: XmlBuilder, parent: Element, inline: readonly Inline[]): void {
  for (const item of inline) {
    if (typeof item === 'string') parent.appendChild(xml.text(item));
    else if ('pair' in item) {
      const types = inlineTypes[item.pair];
      const pc = xml.element('pc', { id: item.id, type: types.type, subType: types.subType, dispStart: item.disp?.start, dispEnd: item.disp?.end });
      appendInline(xml, pc, item.children);
      parent.appendChild(pc);
    } else {
      const types = inlineTypes[item.single];
      const native = item.single === 'break' ? undefined : item.native;
      parent.appendChild(xml.element('ph', { id: item.id, type: types.type, subType: types.subType, disp: native, dataRef: native === undefined ? undefined : `d${item.id}` }));
    }
  }
}
