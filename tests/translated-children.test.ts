import fc from 'fast-check';
import type { PhrasingContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../pipeline/markdown/parse-message.js';
import { translatedChildren } from '../pipeline/markdown/translated-children.js';
import { articleBody, messageRuns, messagesOf, messagesOrNone, repeatedLater, type GeneratedMessage } from './helpers/generated-messages.js';

/** The source message's inline content, as the checks have it: from the article's parse, else parsed. */
const sourceChildren = (message: GeneratedMessage): PhrasingContent[] | null => message.derived ?? (typeof message.parsed === 'string' ? null : message.parsed);

/** What `translatedChildren` makes of `translation` of `message`, and what parsing it gives. */
function both(message: GeneratedMessage, translation: string) {
  const children = sourceChildren(message);
  if (!children) throw new Error(`${JSON.stringify(message.text)} is not one paragraph`);
  const parsed = parseMessage(translation, message.references, message.context, message.oneLine);
  return { made: translatedChildren(message.text, children, translation), parsed: parsed.ok ? parsed.children : parsed.problem };
}

/** The one message with syntax of a one-block body. */
function messageOf(body: string): GeneratedMessage {
  const [message] = messagesOf(body);
  if (!message) throw new Error(`no message with syntax in ${JSON.stringify(body)}`);
  return message;
}

describe('translatedChildren: a translation read from its source message’s structure', () => {
  it('gives exactly what parsing the translation gives, positions and key order included', () => {
    const cases: Array<[string, string]> = [
      ['**RABAT** – The *Council* met [in Rabat](/r) on Monday.', '**الرباط** – اجتمع *المجلس* [في الرباط][1] يوم الاثنين.'],
      ['**RABAT** – The *Council* met [in Rabat](/r) on Monday.', '**RABAT** – Le *Conseil* s’est réuni [à Rabat][1] lundi.'],
      ['See ![a chart](/c.png) and `npm ci` and a note[^n].\n\n[^n]: Note.', 'Voir ![un graphique][1] et `npm ci` et une note[^n].'],
      ['A [link][ref] and ~~old~~ text.\n\n[ref]: /x', 'Un [lien][ref] et un texte ~~ancien~~ ici.'],
      ['| a *b* |\n| --- |\n| c |', 'un *b*'],
      ['Les *mots* 🇲🇦 et (AFP) aussi.', 'Words *here* 🇲🇦 and (AFP) too.'],
    ];
    for (const [body, translation] of cases) {
      const { made, parsed } = both(messageOf(body), translation);
      expect(made, translation).not.toBeNull();
      expect(JSON.stringify(made)).toBe(JSON.stringify(parsed));
    }
  });

  it('leaves to the parser every translation it cannot be sure of', () => {
    const cases: Array<[string, string]> = [
      // a delimiter whose neighbour changed class: `** RABAT**` is no emphasis
      ['**RABAT** – text', '** RABAT** – texte'],
      ['*a* b', '*a*b'],
      // `!` before a bracket makes an image, `(` after one an address
      ['Wow [link](/l) here', 'Ouah![lien][1] ici'],
      ['A note[^n]. Here\n\n[^n]: Note.', 'Une note[^n](ici) voilà'],
      // a changed piece of syntax: code, a label, a tag
      ['Run `npm ci` now', 'Lancez `npm install` maintenant'],
      ['A [link](/l) here', 'Un [lien][2] ici'],
      // syntax the translation adds, a line break, a block start
      ['A *b* c', 'Un *b* c_d'],
      ['A *b* c', 'Un *b*\nc'],
      ['A *b* c', '1. Un *b* c'],
      ['A *b* c', 'Voir www.example.org *b*'],
      // a reference whose label is its text
      ['A [ref] here\n\n[ref]: /x', 'Une [réf] ici'],
      // a text emptied
      ['A *b* c', '*b* c'],
    ];
    for (const [body, translation] of cases) expect(both(messageOf(body), translation).made, translation).toBeNull();
  });

  it.skipIf(repeatedLater)('agrees with the parser on generated translations of generated articles', () => {
    // What a translator's text holds: words, spaces, punctuation of every class, and now and then syntax.
    const words = fc.array(
      fc.constantFrom('mot', 'كلمة', 'Rabat', ' ', ' ', '  ', '.', ',', '،', '!', '?', '(', ')', ':', '«', '»', '—', '-', '1.', '# ', '*', '_', '~', '[', ']', '\\', '&amp;', '<', '>', '`', '|', '@', 'www.', 'http://x', '\t', '\n', '🇲🇦', 'e\u0301', '\u200B', '\u00A0', '$', '^', '"', "'"),
      { maxLength: 4 },
    );
    const translation = fc.record({ words: fc.array(words, { minLength: 1, maxLength: 12 }), keep: fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }) });
    let made = 0;
    let tried = 0;
    fc.assert(
      fc.property(articleBody, fc.array(translation, { minLength: 1, maxLength: 4 }), (body, translations) => {
        for (const message of messagesOrNone(body)) {
          const children = sourceChildren(message);
          if (!children) continue;
          for (const { words, keep } of translations) {
            // The source message with its runs of letters and spaces replaced, some kept, its syntax as it is.
            let run = 0;
            const text = message.text.replace(/[^\\`*_~[\]!<>&$|@()\n]+/g, (part) => {
              run += 1;
              return keep[run % keep.length] ? part : (words[run % words.length] ?? []).join('');
            });
            tried += 1;
            const result = translatedChildren(message.text, children, text);
            if (result === null) continue;
            made += 1;
            const parsed = parseMessage(text, message.references, message.context, message.oneLine);
            expect(JSON.stringify(result), JSON.stringify([message.text, text])).toBe(JSON.stringify(parsed.ok ? parsed.children : parsed.problem));
          }
        }
      }),
      { numRuns: messageRuns },
    );
    expect(made).toBeGreaterThan(tried / 10);
    // With MESSAGE_RUNS in the thousands (`npm run fuzz`), the property takes minutes: its timeout says so.
  }, 600_000);
});
