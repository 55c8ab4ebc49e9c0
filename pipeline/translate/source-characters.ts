import type { SourceDocument } from '../extract/read-source.js';
import type { Segment } from '../extract/segment.js';
import { findInvisible } from '../rules/find-invisible.js';
import { invisibleMessage } from '../rules/invisible-message.js';
import type { RuleHit } from '../rules/rule.js';

/**
 * The invisible and control characters of a segment's source text, said as the `invisible`
 * rule says them, with where an article's source has them (the finding itself points at the
 * source-locale catalog, whose text is the source's at the same offsets). The whole text is
 * read, code included: every edition publishes it.
 */
export function sourceCharacters(document: SourceDocument, segment: Segment, direction: 'ltr' | 'rtl'): RuleHit[] {
  const where = document.kind === 'article' ? `; it is in the source, ${document.file} (line ${segment.line}): edit it there, then run \`tarjama extract\`` : '';
  return findInvisible(segment.text).map((found) => ({ message: `${invisibleMessage(segment.text, found, direction)}${where}`, index: found.index }));
}
