import { DOMImplementation, XMLSerializer, type Element, type Text } from '@xmldom/xmldom';
import { namespaces, type XliffVersion } from './xliff-file.js';

/** The namespace of `xml:space`. */
export const xmlNamespace = 'http://www.w3.org/XML/1998/namespace';

/** An XLIFF document being built: its root, element and text makers, and the indentation both versions use. */
export interface XmlBuilder {
  root: Element;
  /** An element of the version's namespace, with the attributes that are not undefined. */
  element(name: string, attributes?: Record<string, string | undefined>): Element;
  /** A text node. */
  text(value: string): Text;
  /** Appends a child on a new line indented to `depth`. */
  indent(parent: Element, child: Element, depth: number): void;
  /** Ends a parent's content with a new line indented to `depth`, before its end tag. */
  close(parent: Element, depth: number): void;
  /** The document as a file: the XML declaration, the root and a final newline. */
  serialize(): string;
}

/** A builder for an XLIFF document of one version, its root `<xliff version="…">` made. */
export function xmlBuilder(version: XliffVersion): XmlBuilder {
  const ns = namespaces[version];
  const document = new DOMImplementation().createDocument(ns, 'xliff', null);
  const root = document.documentElement as Element;
  root.setAttribute('version', version);
  const newline = (parent: Element, depth: number): void => {
    parent.appendChild(document.createTextNode(`\n${'  '.repeat(depth)}`));
  };
  return {
    root,
    element(name, attributes = {}) {
      const node = document.createElementNS(ns, name);
      for (const [attribute, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(attribute, value);
      return node;
    },
    text: (value) => document.createTextNode(value),
    indent(parent, child, depth) {
      newline(parent, depth);
      parent.appendChild(child);
    },
    close: newline,
    serialize() {
      newline(root, 0);
      return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(document)}\n`;
    },
  };
}
