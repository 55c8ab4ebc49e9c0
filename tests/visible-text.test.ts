import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visibleText } from '../pipeline/rules/visible-text.js';

// The class `visibleText` removes, as the rule module writes it: what the fast path must never let through.
const hidden = /[\p{Default_Ignorable_Code_Point}\p{Cs}\p{Noncharacter_Code_Point}\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;

describe('visibleText', () => {
  it('gives, for every one of the 65,536 code units, what the hidden class leaves', () => {
    for (let code = 0; code <= 0xffff; code += 1) {
      const unit = String.fromCharCode(code);
      expect(visibleText(unit), `U+${code.toString(16).toUpperCase().padStart(4, '0')}`).toBe(unit.replace(hidden, ''));
    }
    expect(visibleText('Le Conseil\u202Fa publié « 1 500 » رسالة، 2024–2025.')).toBe('Le Conseil\u202Fa publié « 1 500 » رسالة، 2024–2025.');
    expect(visibleText('Le \uFFFCConseil\uFFFC a\u200B publié')).toBe('Le \uFFFCConseil\uFFFC a publié');
  });

  it('removes what no reader sees, and only that, whichever way the text goes', () => {
    const character = fc.constantFrom('a', ' ', '\n', '\t', 'é', 'ب', '\u00AD', '\u061C', '\u200B', '\u200F', '\u202E', '\u2060', '\uFEFF', '\u0000', '\u007F', '\u0085', '\uD800', '\uDC00', '😀', '\uFDD0', '\u202F', '–', '\u2028');
    fc.assert(
      fc.property(fc.array(character, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(visibleText(text)).toBe(text.replace(new RegExp(hidden.source, 'gu'), ''));
      }),
      { numRuns: 500 },
    );
    expect(visibleText('1\u200B500 000')).toBe('1500 000');
  });
});
