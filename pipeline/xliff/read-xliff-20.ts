import type { Element } from '@xmldom/xmldom';
import { isPairKind, type Inline, type SingleKind } from './inline.js';
import { readTarget } from './read-target.js';
import { inlineTypes, namespaces, type UnitState, type XliffFile, type XliffUnit } from './xliff-file.js';
import { childNodes, children, descendants, line, type Fail } from './xml-nodes.js';

const bySubType = new Map(Object.entries(inlineTypes).map(([kind, types]) => [`${types.type}/${types.subType ?? ''}`, kind]));

/** Reads the root and the `<file>` of an XLIFF 2.0 document: the mirror of `writeXliff20`. */
export function readXliff20(root: Element, fileElement: Element, fail: Fail): XliffFile {
  // The units first: a file wrong in both is refused for its first wrong unit.
  const units = descendants(fileElement, 'unit').map((unit) => unitOf(unit, fail));
  return {
    namespace: fileElement.getAttribute('id') ?? fail('<file> has no id (the namespace)'),
    sourceLocale: root.getAttribute('srcLang') ?? '',
    targetLocale: root.getAttribute('trgLang') ?? fail('<xliff> has no "trgLang"'),
    units,
  };
}

function stateOf(segment: Element): UnitState {
  const subState = segment.getAttribute('subState');
  if (subState === 'tarjama:outdated') return 'outdated';
  if (subState === 'tarjama:from-memory') return 'from-memory';
  if (subState === 'tarjama:unverified') return 'unverified';
  return segment.getAttribute('state') === 'initial' ? 'new' : 'translated';
}

function unitOf(unit: Element, fail: Fail): XliffUnit {
  const segments = children(unit, 'segment');
  if (segments.length !== 1) fail(`unit "${unit.getAttribute('id') ?? ''}" has ${segments.length} segments; tarjama units have one`, line(unit));
  const segment = segments[0] as Element;
  const target = children(segment, 'target')[0];
  return {
    key: unit.getAttribute('id') ?? fail('a <unit> has no id', line(unit)),
    source: readInline(children(segment, 'source')[0] ?? fail('a <segment> has no <source>', line(segment)), fail),
    ...readTarget(target, readInline),
    state: stateOf(segment),
    notes: descendants(unit, 'note').map((note) => note.textContent ?? ''),
    base: unit.getAttributeNS(namespaces.tarjama, 'base'),
  };
}

function readInline(element: Element, fail: Fail): Inline[] {
  return childNodes(element).map((node): Inline => {
    if (node.nodeType !== 1) return node.nodeValue ?? '';
    const child = node as Element;
    const id = child.getAttribute('id') ?? fail(`<${child.localName}> without an id`, line(child));
    const kind = bySubType.get(`${child.getAttribute('type') ?? ''}/${child.getAttribute('subType') ?? ''}`);
    if (child.localName === 'pc' && kind && isPairKind(kind)) return { id, pair: kind, children: readInline(child, fail) };
    if (child.localName === 'ph' && kind && !isPairKind(kind)) return { id, single: kind as SingleKind, native: child.getAttribute('disp') ?? '' };
    return fail(`unexpected inline element <${child.localName}>${child.localName === 'sc' || child.localName === 'ec' ? ' (write paired codes as <pc>)' : ''}; keep the elements of the source`, line(child));
  });
}
