import { findNodeAtLocation, parseTree, type ParseError } from 'jsonc-parser';
import type { ProjectGuard } from '../store/project-guard.js';
import { readProjectFile } from '../store/read-project-file.js';
import { compare } from '../util/compare.js';
import { TarjamaError } from '../util/tarjama-error.js';
import { jsonSyntaxError } from './json-syntax-error.js';
import { textPositions } from './text-positions.js';

/**
 * One finding a reviewer accepted: a rule's finding on one key of one article in one locale,
 * for the source and the translation it was made on (their hashes, `sourceHash` and
 * `textHash`). When either text changes, the acceptance no longer applies and the finding is
 * back. `finding` is the message as it was accepted, `note` why, for the next reader.
 */
export interface AcceptedFinding {
  locale: string;
  namespace: string;
  key: string;
  rule: string;
  source: string;
  translation: string;
  finding: string;
  note?: string;
}

const fields = ['locale', 'namespace', 'key', 'rule', 'source', 'translation', 'finding'] as const;

/** Reads `locales/accepted.json` (`{ "accepted": [...] }`); an absent file accepts nothing. */
export function loadAccepted(file: string, relative: string, guard: ProjectGuard): AcceptedFinding[] {
  const read = readProjectFile(file, relative, guard);
  return 'absent' in read ? [] : parseAccepted(read.text, relative);
}

/** Parses the accepted findings, refusing anything else with its line: the file is committed and read by people. */
export function parseAccepted(text: string, relative: string): AcceptedFinding[] {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  const at = textPositions(text);
  const [first] = errors;
  if (first) {
    const syntax = jsonSyntaxError(text, first);
    throw new TarjamaError(`not valid JSON: ${syntax.problem}`, { file: relative, ...at(syntax.offset) });
  }
  const value = JSON.parse(text) as { accepted?: unknown };
  const list = value?.accepted;
  if (!Array.isArray(list)) throw new TarjamaError('expected {"accepted": [...]}, as `tarjama accept` writes it', { file: relative, ...at(root?.offset ?? 0) });
  return list.map((entry: unknown, index) => {
    const item = entry as Record<string, unknown> | null;
    const node = root ? findNodeAtLocation(root, ['accepted', index]) : undefined;
    const wrong = fields.find((field) => typeof item?.[field] !== 'string') ?? (item?.note !== undefined && typeof item.note !== 'string' ? 'note' : undefined);
    if (wrong !== undefined) throw new TarjamaError(`accepted finding ${index + 1}: "${wrong}" must be a string; restore the file from version control or accept the finding again`, { file: relative, ...at(node?.offset ?? 0) });
    return item as unknown as AcceptedFinding;
  });
}

/** The file as `accept` writes it: one finding per entry, sorted, for diffs a reviewer can read. */
export function serializeAccepted(accepted: readonly AcceptedFinding[]): string {
  const order = (item: AcceptedFinding): string => JSON.stringify([item.locale, item.namespace, item.key, item.rule]);
  const sorted = [...accepted].sort((a, b) => compare(order(a), order(b)));
  return `${JSON.stringify({ accepted: sorted }, null, 2)}\n`;
}
