import { jsonText } from './json-text.js';

/** One field of a report written as JSON: its key and its list, iterated once. */
export interface JsonListField {
  key: string;
  items: Iterable<unknown>;
}

/**
 * The lines of `jsonText` of an object whose every field is a list, item by item: the report
 * of an archive's new locale (150,000 findings, 100 MB of JSON) is never one string, which V8
 * caps at 512 MB. Joined with newlines, and one at the end, they are exactly `jsonText` of the
 * object with each list as an array (`tests/json-lines.test.ts`).
 */
export function* jsonLines(fields: readonly JsonListField[]): Generator<string> {
  if (fields.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (const [index, { key, items }] of fields.entries()) {
    const after = index < fields.length - 1 ? ',' : '';
    const name = jsonText(key).slice(0, -1);
    // Each item is written when the next one is known, for the comma that separates them.
    let held: string | null = null;
    for (const item of items) {
      if (held === null) yield `  ${name}: [`;
      else yield `${held},`;
      held = indented(item);
    }
    if (held === null) yield `  ${name}: []${after}`;
    else {
      yield held;
      yield `  ]${after}`;
    }
  }
  yield '}';
}

/** An item as `jsonText` writes it inside a list of a top-level field: four spaces in. */
function indented(item: unknown): string {
  return `    ${jsonText(item ?? null).slice(0, -1).replaceAll('\n', '\n    ')}`;
}
