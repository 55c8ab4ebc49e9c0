import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { nestingLimits } from '../util/nesting-limits.js';
import { TarjamaError } from '../util/tarjama-error.js';
import { elementNestingExcess } from './element-nesting-excess.js';
import type { Inline, PairKind, SingleKind } from './inline.js';
import { inlineTypes, namespaces, type UnitState, type XliffFile, type XliffUnit, type XliffVersion } from './xliff-file.js';

/** An XLIFF file as read back, with its version. */
export interface ReadXliff extends XliffFile {
  version: XliffVersion;
}

const byCtype = new Map(Object.entries(inlineTypes).map(([kind, types]) => [types.ctype as string, kind]));
const bySubType = new Map(Object.entries(inlineTypes).map(([kind, types]) => [`${types.type}/${types.subType ?? ''}`, kind]));

/**
 * Reads an XLIFF 1.2 or 2.0 file written by tarjama (or by a CAT tool from one): one
 * namespace, its units, sources and targets as inline content. Malformed XML, another
 * vocabulary, split `<sc>`/`<ec>` pairs or elements nested deeper than `nestingLimits.xliff`
 * are errors that name the file and, when the parser knows it, the line.
 */
export function readXliff(text: string, file: string): ReadXliff {
  const fail = (message: string, line?: number, column?: number): never => {
    throw new TarjamaError(message, { file, line, column });
  };
  let problem: { message: string; line?: number } | null = null;
  const parser = new DOMParser({
    locator: true,
    onError: (level, message, context) => {
      if (level === 'warning' || problem) return;
      const line = (context as { locator?: { lineNumber?: number } } | undefined)?.locator?.lineNumber ?? Number(/line:(\d+)/.exec(message)?.[1] ?? Number.NaN);
      problem = { message: message.split('\n')[0] ?? message, ...(Number.isFinite(line) ? { line } : {}) };
    },
  });
  let document: ReturnType<DOMParser['parseFromString']> | null = null;
  try {
    document = parser.parseFromString(text, 'text/xml');
  } catch {
    // xmldom throws on fatal errors after reporting them to onError.
  }
  const reported = problem as { message: string; line?: number } | null;
  if (reported || !document) return fail(`not well-formed XML: ${reported?.message ?? 'the parser gave up'}`, reported?.line);
  const root = document.documentElement;
  if (!root || root.localName !== 'xliff') return fail('not an XLIFF file (the root element is not <xliff>)');
  const deep = elementNestingExcess(root, nestingLimits.xliff);
  if (deep) {
    const { lineNumber, columnNumber } = deep as Element & { lineNumber?: number; columnNumber?: number };
    return fail(
      `elements nested more than ${nestingLimits.xliff} deep (at <${deep.localName}>); tarjama's XLIFF nests far less: keep the inline elements of the source as they are`,
      lineNumber,
      columnNumber,
    );
  }
  const version = root.getAttribute('version');
  if ((version !== '1.2' && version !== '2.0') || root.namespaceURI !== namespaces[version]) return fail(`unsupported XLIFF version "${version ?? ''}"; tarjama reads 1.2 and 2.0`);
  const files = children(root, 'file');
  if (files.length !== 1) return fail(`expected one <file> (one namespace per XLIFF file), found ${files.length}`);
  const fileElement = files[0] as Element;

  if (version === '1.2') {
    const units = descendants(fileElement, 'trans-unit').map((unit): XliffUnit => {
      const target = children(unit, 'target')[0];
      const extradata = unit.getAttribute('extradata') ?? '';
      const state = target?.getAttribute('state');
      return {
        key: unit.getAttribute('id') ?? fail('a <trans-unit> has no id', line(unit)),
        source: inline12(children(unit, 'source')[0] ?? fail('a <trans-unit> has no <source>', line(unit))),
        target: target ? inline12(target) : null,
        state: state === 'translated' || state === 'final' || state === 'signed-off' ? 'translated' : state === 'needs-review-translation' ? 'outdated' : 'new',
        notes: children(unit, 'note').map((note) => note.textContent ?? ''),
        base: /^tarjama-base:(\S+)$/.exec(extradata)?.[1] ?? null,
      };
    });
    return {
      version,
      namespace: fileElement.getAttribute('original') ?? fail('<file> has no "original" attribute (the namespace)'),
      sourceLocale: fileElement.getAttribute('source-language') ?? '',
      targetLocale: fileElement.getAttribute('target-language') ?? fail('<file> has no "target-language"'),
      units,
    };
  }

  const units = descendants(fileElement, 'unit').map((unit): XliffUnit => {
    const segments = children(unit, 'segment');
    if (segments.length !== 1) fail(`unit "${unit.getAttribute('id') ?? ''}" has ${segments.length} segments; tarjama units have one`, line(unit));
    const segment = segments[0] as Element;
    const target = children(segment, 'target')[0];
    const subState = segment.getAttribute('subState');
    const state: UnitState =
      subState === 'tarjama:outdated' ? 'outdated' : subState === 'tarjama:from-memory' ? 'from-memory' : subState === 'tarjama:unverified' ? 'unverified' : segment.getAttribute('state') === 'initial' ? 'new' : 'translated';
    return {
      key: unit.getAttribute('id') ?? fail('a <unit> has no id', line(unit)),
      source: inline20(children(segment, 'source')[0] ?? fail('a <segment> has no <source>', line(segment))),
      target: target ? inline20(target) : null,
      state,
      notes: descendants(unit, 'note').map((note) => note.textContent ?? ''),
      base: unit.getAttributeNS(namespaces.tarjama, 'base'),
    };
  });
  return {
    version,
    namespace: fileElement.getAttribute('id') ?? fail('<file> has no id (the namespace)'),
    sourceLocale: root.getAttribute('srcLang') ?? '',
    targetLocale: root.getAttribute('trgLang') ?? fail('<xliff> has no "trgLang"'),
    units,
  };

  function inline12(element: Element): Inline[] {
    return childNodes(element).map((node): Inline => {
      if (node.nodeType !== 1) return node.nodeValue ?? '';
      const child = node as Element;
      const id = child.getAttribute('id') ?? fail(`<${child.localName}> without an id`, line(child));
      const kind = byCtype.get(child.getAttribute('ctype') ?? '');
      if (child.localName === 'g' && kind && isPair(kind)) return { id, pair: kind, children: inline12(child) };
      if ((child.localName === 'ph' || child.localName === 'x') && kind && !isPair(kind)) return { id, single: kind as SingleKind, native: child.textContent ?? '' };
      return fail(`unexpected inline element <${child.localName} ctype="${child.getAttribute('ctype') ?? ''}">; keep the elements of the source`, line(child));
    });
  }

  function inline20(element: Element): Inline[] {
    return childNodes(element).map((node): Inline => {
      if (node.nodeType !== 1) return node.nodeValue ?? '';
      const child = node as Element;
      const id = child.getAttribute('id') ?? fail(`<${child.localName}> without an id`, line(child));
      const kind = bySubType.get(`${child.getAttribute('type') ?? ''}/${child.getAttribute('subType') ?? ''}`);
      if (child.localName === 'pc' && kind && isPair(kind)) return { id, pair: kind, children: inline20(child) };
      if (child.localName === 'ph' && kind && !isPair(kind)) return { id, single: kind as SingleKind, native: child.getAttribute('disp') ?? '' };
      return fail(`unexpected inline element <${child.localName}>${child.localName === 'sc' || child.localName === 'ec' ? ' (write paired codes as <pc>)' : ''}; keep the elements of the source`, line(child));
    });
  }
}

function isPair(kind: string): kind is PairKind {
  return ['emphasis', 'strong', 'delete', 'link', 'image'].includes(kind);
}

function childNodes(element: Element): Node[] {
  return Array.from({ length: element.childNodes.length }, (_, index) => element.childNodes.item(index) as Node).filter((node) => node.nodeType === 1 || node.nodeType === 3 || node.nodeType === 4);
}

function children(element: Element, name: string): Element[] {
  return childNodes(element).filter((node): node is Element => node.nodeType === 1 && (node as Element).localName === name);
}

function descendants(element: Element, name: string): Element[] {
  return Array.from({ length: element.getElementsByTagNameNS('*', name).length }, (_, index) => element.getElementsByTagNameNS('*', name).item(index) as Element);
}

function line(element: Element): number | undefined {
  return (element as Element & { lineNumber?: number }).lineNumber;
}

