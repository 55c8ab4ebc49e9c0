import type { SourceDocument } from '../extract/read-source.js';
import type { Segment } from '../extract/segment.js';
import { findInvisible } from './find-invisible.js';
import { invisibleMessage } from './invisible-message.js';
import type { ContentRule, RuleHit } from './rule.js';

/**
 * `invisible`: characters nobody sees that change what readers, search engines or tarjama's own
 * checks get — bidi overrides that display "2024" as "4202", zero-width spaces that hide an
 * English copy from `untranslated`, controls, lone surrogates. Only the prose is read: code,
 * HTML and link targets must equal the source's (the `code`, `html` and `links` rules).
 */
export const invisible: ContentRule & { inSource(document: SourceDocument, segment: Segment, direction: 'ltr' | 'rtl'): RuleHit[] } = {
  id: 'invisible',
  severity: 'error',
  summary:
    'an invisible or control character: a bidi embedding or override (U+202A–U+202E), an isolate (U+2066–U+2069) that is not closed on its line, a zero-width character (U+200B–U+200D, U+2060, U+FEFF) outside a script or emoji sequence that joins with it, a control character, a lone surrogate or a noncharacter',
  example: 'U+202E RIGHT-TO-LEFT OVERRIDE: it displays what follows right to left, letter by letter ("2024" shows as "4202"); delete it and the U+202C that ends it, or wrap a left-to-right run in U+2066 … U+2069 (left-to-right isolate)',
  check({ translation, translationText, locale, settings }) {
    return findInvisible(translation, translationText).map((found) => ({ message: invisibleMessage(translation, found, settings.direction(locale)), index: found.index }));
  },
  /**
   * The source edition's check: the invisible and control characters of a segment's source text,
   * with where an article's source has them (the finding itself points at the source-locale
   * catalog, whose text is the source's at the same offsets). The whole text is read, code
   * included: every edition publishes it.
   */
  inSource(document, segment, direction) {
    const where = document.kind === 'article' ? `; it is in the source, ${document.file} (line ${segment.line}): edit it there, then run \`tarjama extract\`` : '';
    return findInvisible(segment.text).map((found) => ({ message: `${invisibleMessage(segment.text, found, direction)}${where}`, index: found.index }));
  },
};
