import fc from 'fast-check';
import type { PhrasingContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { article, random } from '../bench/corpus.js';
import { translators } from '../bench/translate-corpus.js';
import { parseArticle } from '../pipeline/extract/parse-article.js';
import { sourceDocument } from '../pipeline/extract/source-document.js';
import { visitInline } from '../pipeline/markdown/inline-nodes.js';
import { parseMessage } from '../pipeline/markdown/parse-message.js';
import { plainMessage } from '../pipeline/markdown/plain-message.js';
import { translatedChildren } from '../pipeline/markdown/translated-children.js';
import { transformMessages } from '../pipeline/pseudo/pseudo-locales.js';
import { analyzeSource } from '../pipeline/translate/source-analysis.js';
import { articleBody, messageRuns, messagesOf, messagesOrNone, repeatedLater, type GeneratedMessage } from './helpers/generated-messages.js';

/** The source message's inline content, as the checks have it: from the article's parse, else parsed. */
const sourceChildren = (message: GeneratedMessage): PhrasingContent[] | null => message.derived ?? (typeof message.parsed === 'string' ? null : message.parsed);

/** Where the texts of a message stand, in order (its positions are the message's own). */
function textsOf(children: readonly PhrasingContent[]): Array<{ start: number; end: number }> {
  const texts: Array<{ start: number; end: number }> = [];
  visitInline<null>({
    text: (node) => {
      const { start, end } = node.position ?? {};
      if (start?.offset !== undefined && end?.offset !== undefined) texts.push({ start: start.offset, end: end.offset });
    },
  })(children, null);
  return texts;
}

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

  it('reads every stand-in translation of the bench’s newsroom articles without a parse, as parsing would give it', () => {
    const next = random(11);
    let made = 0;
    for (let index = 0; index < 40; index += 1) {
      const text = article(next, index);
      const document = sourceDocument(`article-${index}`, 'article.md', text, [], parseArticle('article.md', text, ['title', 'description']));
      const source = analyzeSource(document);
      for (const translations of transformMessages(document, Object.values(translators))) {
        document.segments.forEach((segment, at) => {
          const translation = translations[at] as string;
          if (segment.target.type !== 'block' || plainMessage(translation)) return;
          const result = translatedChildren(segment.text, source.children(segment), translation);
          const parsed = parseMessage(translation, segment.target.references, document.context, segment.kind === 'table-cell' || segment.kind === 'table-header');
          expect(result, translation).not.toBeNull();
          expect(JSON.stringify(result)).toBe(JSON.stringify(parsed.ok ? parsed.children : parsed.problem));
          made += 1;
        });
      }
    }
    expect(made).toBeGreaterThan(400);
  });

  it.skipIf(repeatedLater)('agrees with the parser on generated translations of generated articles', () => {
    // What a translator's text holds: mostly words, spaces and punctuation of every class; now and then syntax.
    const piece = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('mot', 'كلمة', 'Rabat', ' ', ' ', '.', ',', '،', '?', '(', ')', ':', '«', '»', '—', '-', '🇲🇦', 'e\u0301', '\u200B', '\u00A0', '^', '"', "'", '1.', '# ') },
      { weight: 1, arbitrary: fc.constantFrom('*', '_', '~', '[', ']', '!', '\\', '&amp;', '<', '>', '`', '|', '@', 'www.', 'http://x', '\t', '\n', '$', '  ') },
    );
    // Each text kept, replaced between its own first and last characters (their classes kept, as a translator's words mostly keep them), or replaced whole.
    const translation = fc.record({
      words: fc.array(fc.array(piece, { maxLength: 4 }), { minLength: 1, maxLength: 12 }),
      ways: fc.array(fc.constantFrom('keep', 'framed', 'framed', 'whole'), { minLength: 1, maxLength: 12 }),
    });
    let made = 0;
    let tried = 0;
    fc.assert(
      fc.property(articleBody, fc.array(translation, { minLength: 1, maxLength: 4 }), (body, translations) => {
        for (const message of messagesOrNone(body)) {
          const children = sourceChildren(message);
          if (!children) continue;
          const texts = textsOf(children);
          for (const { words, ways } of translations) {
            // The source message with its texts replaced, its syntax as it is.
            let text = '';
            let from = 0;
            texts.forEach((range, index) => {
              const own = message.text.slice(range.start, range.end);
              const way = ways[index % ways.length];
              const middle = (words[index % words.length] ?? []).join('');
              text += message.text.slice(from, range.start) + (way === 'keep' ? own : way === 'framed' ? `${own.charAt(0)}${middle}${own.length > 1 ? own.slice(-1) : ''}` : middle);
              from = range.end;
            });
            text += message.text.slice(from);
            // The source's own text is read as the source is; the threshold below counts only changed texts.
            const changed = text !== message.text;
            if (changed) tried += 1;
            const result = translatedChildren(message.text, children, text);
            if (result === null) continue;
            if (changed) made += 1;
            const parsed = parseMessage(text, message.references, message.context, message.oneLine);
            expect(JSON.stringify(result), JSON.stringify([message.text, text])).toBe(JSON.stringify(parsed.ok ? parsed.children : parsed.problem));
          }
        }
      }),
      { numRuns: messageRuns },
    );
    // The generated articles are made to be hard (escapes, tags, autolinks in every message): a fortieth of their changed translations still takes the way without a parse.
    expect(made).toBeGreaterThan(tried / 40);
    // With MESSAGE_RUNS in the thousands (`npm run fuzz`), the property takes minutes: its timeout says so.
  }, 600_000);
});
