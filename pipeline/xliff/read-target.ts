import type { Element } from '@xmldom/xmldom';
import type { Inline } from './inline.js';
import type { XliffUnit } from './xliff-file.js';
import type { Fail } from './xml-nodes.js';

/** Why one unit's target cannot be read. */
class TargetProblem extends Error {}

const targetFail: Fail = (message, line) => {
  throw new TargetProblem(line === undefined ? message : `line ${line}: ${message}`);
};

/**
 * A unit's target read with its version's reader, or why it cannot be: an element the format
 * does not allow in a target (a `<b>` a translator typed, an element without its id) is that
 * unit's problem, for import to skip the unit with its reason, not the whole file's.
 */
export function readTarget(target: Element | undefined, readInline: (element: Element, fail: Fail) => Inline[]): Pick<XliffUnit, 'target' | 'problem'> {
  if (!target) return { target: null };
  try {
    return { target: readInline(target, targetFail) };
  } catch (error) {
    if (!(error instanceof TargetProblem)) throw error;
    return { target: null, problem: error.message };
  }
}
