import type { Element } from '@xmldom/xmldom';
import { isPairKind, type Inline, type SingleKind } from './inline.js';
import { readTarget } from './read-target.js';
import { inlineTypes, type UnitState, type XliffFile, type XliffUnit } from './xliff-file.js';
import { childNodes, children, descendants, line, type Fail } from './xml-nodes.js';

const byCtype = new Map(Object.entries(inlineTypes).map(([kind, types]) => [types.ctype as string, kind]));

/** Reads the `<file>` of an XLIFF 1.2 document: the mirror of `writeXliff12`. */
export function readXliff12(fileElement: Element, fail: Fail): XliffFile {
  // The units first: a file wrong in both is refused for its first wrong unit.
  const units = descendants(fileElement, 'trans-unit').map((unit) => transUnit(unit, fail));
  return {
    namespace: fileElement.getAttribute('original') ?? fail('<file> has no "original" attribute (the namespace)'),
    sourceLocale: fileElement.getAttribute('source-language') ?? '',
    targetLocale: fileElement.getAttribute('target-language') ?? fail('<file> has no "target-language"'),
    units,
  };
}

/** A unit's state: its target's `state`, or `approved="yes"` (what Translate Toolkit writes) for a target without one. */
function stateOf(unit: Element, target: Element | undefined): UnitState {
  const state = target?.getAttribute('state') || (target && unit.getAttribute('approved') === 'yes' ? 'translated' : '');
  return state === 'translated' || state === 'final' || state === 'signed-off' ? 'translated' : state === 'needs-review-translation' ? 'outdated' : 'new';
}

function transUnit(unit: Element, fail: Fail): XliffUnit {
  const target = children(unit, 'target')[0];
  const extradata = unit.getAttribute('extradata') ?? '';
  return {
    key: unit.getAttribute('id') ?? fail('a <trans-unit> has no id', line(unit)),
    source: readInline(children(unit, 'source')[0] ?? fail('a <trans-unit> has no <source>', line(unit)), fail),
    ...readTarget(target, readInline),
    state: stateOf(unit, target),
    notes: children(unit, 'note').map((note) => note.textContent ?? ''),
    base: /^tarjama-base:(\S+)$/.exec(extradata)?.[1] ?? null,
  };
}

function readInline(element: Element, fail: Fail): Inline[] {
  return childNodes(element).map((node): Inline => {
    if (node.nodeType !== 1) return node.nodeValue ?? '';
    const child = node as Element;
    const id = child.getAttribute('id') ?? fail(`<${child.localName}> without an id`, line(child));
    const kind = byCtype.get(child.getAttribute('ctype') ?? '');
    if (child.localName === 'g' && kind && isPairKind(kind)) return { id, pair: kind, children: readInline(child, fail) };
    if ((child.localName === 'ph' || child.localName === 'x') && kind && !isPairKind(kind)) return { id, single: kind as SingleKind, native: child.textContent ?? '' };
    return fail(`unexpected inline element <${child.localName} ctype="${child.getAttribute('ctype') ?? ''}">; keep the elements of the source`, line(child));
  });
}
