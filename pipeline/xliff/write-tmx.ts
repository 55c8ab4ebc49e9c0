import { DOMImplementation, XMLSerializer, type Element } from '@xmldom/xmldom';
import { xmlNamespace } from './xml-builder.js';

/** One translation for a translation memory: its key, source and target text. */
export interface TmxEntry {
  key: string;
  source: string;
  target: string;
}

/**
 * Writes a TMX 1.4 translation memory, one `<tu>` per entry (its `tuid` and its OmegaT `x-ice`
 * property the key), for a CAT tool to fill or offer the translations a project already has.
 */
export function writeTmx(sourceLocale: string, targetLocale: string, entries: readonly TmxEntry[]): string {
  const document = new DOMImplementation().createDocument(null, 'tmx', null);
  const root = document.documentElement as Element;
  root.setAttribute('version', '1.4');
  const element = (parent: Element, name: string, attributes: Record<string, string>, depth: number): Element => {
    const child = document.createElement(name);
    for (const [attribute, value] of Object.entries(attributes)) child.setAttribute(attribute, value);
    parent.appendChild(document.createTextNode(`\n${'  '.repeat(depth)}`));
    parent.appendChild(child);
    return child;
  };
  element(root, 'header', { creationtool: 'tarjama', creationtoolversion: '1', segtype: 'paragraph', 'o-tmf': 'tarjama', adminlang: 'en', srclang: sourceLocale, datatype: 'plaintext' }, 1);
  const body = element(root, 'body', {}, 1);
  for (const entry of entries) {
    const tu = element(body, 'tu', { tuid: entry.key }, 2);
    // x-ice: OmegaT fills the segment with this id only (an alternative translation), so two keys
    // with the same source (plural forms) keep their own translations.
    element(tu, 'prop', { type: 'x-ice' }, 3).appendChild(document.createTextNode(entry.key));
    for (const [locale, text] of [[sourceLocale, entry.source], [targetLocale, entry.target]] as const) {
      const tuv = element(tu, 'tuv', {}, 3);
      tuv.setAttributeNS(xmlNamespace, 'xml:lang', locale);
      const seg = document.createElement('seg');
      seg.appendChild(document.createTextNode(text));
      tuv.appendChild(seg);
    }
    tu.appendChild(document.createTextNode(`\n${'  '.repeat(2)}`));
  }
  body.appendChild(document.createTextNode('\n  '));
  root.appendChild(document.createTextNode('\n'));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(document)}\n`;
}
