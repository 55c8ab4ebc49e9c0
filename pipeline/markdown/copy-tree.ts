import type { Root } from 'mdast';

/**
 * A deep copy of a tree as remark parses it: what `structuredClone` gives, about five times
 * faster for the plain objects, arrays and values remark makes, since it walks them instead of
 * serialising them (anything else, which remark does not make, is left to `structuredClone`).
 * A build copies the source's tree once per edition.
 */
export function copyTree(tree: Root): Root {
  return copy(tree) as Root;
}

function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (value === null || typeof value !== 'object') return value;
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return structuredClone(value);
  const copied: Record<string, unknown> = {};
  for (const key in value) {
    const member = copy((value as Record<string, unknown>)[key]);
    // A `__proto__` key stays a key, as `structuredClone` keeps it.
    if (key === '__proto__') Object.defineProperty(copied, key, { value: member, enumerable: true, writable: true, configurable: true });
    else copied[key] = member;
  }
  return copied;
}
