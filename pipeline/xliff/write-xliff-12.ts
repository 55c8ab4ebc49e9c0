import type { Element } from '@xmldom/xmldom';
import type { Inline } from './inline.js';
import { inlineTypes, type UnitState, type XliffFile, type XliffUnit } from './xliff-file.js';
import { xmlBuilder, xmlNamespace, type XmlBuilder } from './xml-builder.js';

const states: Record<UnitState, string> = {
  new: 'needs-translation',
  translated: 'translated',
  outdated: 'needs-review-translation',
  'from-memory': 'needs-review-translation',
  unverified: 'needs-review-translation',
};

/**
 * Writes one namespace as XLIFF 1.2: a `<trans-unit>` per key, emphasis and links as `<g>`
 * around their text, code, HTML and math as `<ph>`, footnote references and line breaks as `<x>`.
 */
export function writeXliff12(file: XliffFile): string {
  const xml = xmlBuilder('1.2');
  const fileElement = xml.element('file', { original: file.namespace, 'source-language': file.sourceLocale, 'target-language': file.targetLocale, datatype: 'x-markdown' });
  const body = xml.element('body');
  xml.indent(xml.root, fileElement, 1);
  xml.indent(fileElement, body, 2);
  xml.close(fileElement, 1);
  for (const unit of file.units) xml.indent(body, transUnit(xml, unit), 3);
  xml.close(body, 2);
  return xml.serialize();
}

function transUnit(xml: XmlBuilder, unit: XliffUnit): Element {
  // approved="yes" is what Translate Toolkit counts as translated (without it, every target is fuzzy).
  const transUnit = xml.element('trans-unit', { id: unit.key, approved: unit.target !== null && unit.state === 'translated' ? 'yes' : undefined, extradata: unit.base === null ? undefined : `tarjama-base:${unit.base}` });
  transUnit.setAttributeNS(xmlNamespace, 'xml:space', 'preserve');
  const source = xml.element('source');
  appendInline(xml, source, unit.source);
  xml.indent(transUnit, source, 4);
  if (unit.target !== null) {
    const target = xml.element('target', { state: states[unit.state], 'state-qualifier': unit.state === 'from-memory' ? 'leveraged-tm' : undefined });
    appendInline(xml, target, unit.target);
    xml.indent(transUnit, target, 4);
  }
  for (const text of unit.notes) {
    // from="developer": what Translate Toolkit's xliff2po keeps as a PO extracted comment (#.).
    const note = xml.element('note', { from: 'developer' });
    note.appendChild(xml.text(text));
    xml.indent(transUnit, note, 4);
  }
  xml.close(transUnit, 3);
  return transUnit;
}

function appendInline(xml: XmlBuilder, parent: Element, inline: readonly Inline[]): void {
  for (const item of inline) {
    if (typeof item === 'string') parent.appendChild(xml.text(item));
    else if ('pair' in item) {
      const g = xml.element('g', { id: item.id, ctype: inlineTypes[item.pair].ctype });
      appendInline(xml, g, item.children);
      parent.appendChild(g);
    } else if (item.single === 'footnote' || item.single === 'break') {
      parent.appendChild(xml.element('x', { id: item.id, ctype: inlineTypes[item.single].ctype, 'equiv-text': item.native }));
    } else {
      const ph = xml.element('ph', { id: item.id, ctype: inlineTypes[item.single].ctype });
      ph.appendChild(xml.text(item.native));
      parent.appendChild(ph);
    }
  }
}
