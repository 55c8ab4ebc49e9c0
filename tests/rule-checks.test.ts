import { describe, expect, it } from 'vitest';
import { emptyCatalog } from '../pipeline/catalog/read-catalog.js';
import type { TranslationStatus } from '../pipeline/catalog/translation-state.js';
import { readSource } from '../pipeline/extract/read-source.js';
import { stateRules, structureMessage, usableRules } from '../pipeline/rules/all-rules.js';
import { firstHit } from '../pipeline/translate/first-hit.js';

/** The check kinds of the rule registry, each alone: what the translator relies on when it runs them in turn. */
const document = readSource('x', 'source/x.md', '---\ntitle: X\n---\n\nHello *world*.\n', []);
const segment = document.segments[0]!;
const target = { locale: 'fr', file: 'locales/fr/x.json', catalog: emptyCatalog(), text: null };

describe('usableRules', () => {
  const speaking = (value: string | undefined, isSourceLocale: boolean, handEdited = false) =>
    usableRules.filter((rule) => rule.usable({ segment, value, document, target, isSourceLocale, handEdited }) !== undefined).map((rule) => rule.id);

  it('has at most one rule speak for a key, the one that stops it', () => {
    expect(speaking(undefined, false)).toEqual(['missing']);
    expect(speaking(undefined, true)).toEqual(['stale']);
    expect(speaking(' ', false)).toEqual(['empty']);
    expect(speaking(' ', true)).toEqual(['empty']);
    expect(speaking('Bonjour *monde*.', true)).toEqual(['stale']);
    expect(speaking('Bonjour *monde*.', false)).toEqual([]);
    expect(speaking(segment.text, true)).toEqual([]);
  });

  it('words a hand-edited source-locale value as such', () => {
    const hit = firstHit(usableRules, (rule) => rule.usable({ segment, value: 'Hi', document, target, isSourceLocale: true, handEdited: true }));
    expect(hit?.rule.id).toBe('stale');
    expect(hit?.hit).toBe(`"${segment.key}" was edited by hand, but locales/fr/x.json is generated from source/x.md: edit the source (line 5) instead; \`tarjama extract\` writes this file again and keeps every translation`);
  });
});

describe('stateRules', () => {
  it('has the rule of the status speak, and none for a current translation', () => {
    const entry = { source: '', sourceText: 'Hello world.', translation: '', origin: 'source-change' as const };
    const speaking = (status: TranslationStatus) => stateRules.filter((rule) => rule.state({ segment, locale: 'fr', status, entry, problem: null }) !== undefined).map((rule) => rule.id);
    expect(speaking('current')).toEqual([]);
    expect(speaking('outdated')).toEqual(['outdated']);
    expect(speaking('from-memory')).toEqual(['from-memory']);
    expect(speaking('unverified')).toEqual(['unverified']);
  });
});

describe('structureMessage', () => {
  it('has the rule of a structure problem word it', () => {
    expect(structureMessage({ rule: 'code', kind: 'skeleton', missing: ['inline code `x`'], extra: [] })).toBe('rejected: the translation lacks inline code `x`; copy inline code and math exactly as in the source');
    expect(structureMessage({ rule: 'html', kind: 'plain-text', what: 'the front-matter field "title"', labels: ['HTML <b>'] })).toBe(
      'rejected: the front-matter field "title" is plain text, but the translation has HTML <b> that the source does not; write it without Markdown or HTML',
    );
    expect(structureMessage({ rule: 'markup', kind: 'unparsed', problem: 'more than one paragraph' })).toBe('rejected: more than one paragraph');
  });
});

describe('firstHit', () => {
  it('returns the first rule that finds something, and nothing when none does', () => {
    expect(firstHit([1, 2, 3], (n) => (n > 1 ? n * 10 : undefined))).toEqual({ rule: 2, hit: 20 });
    expect(firstHit([1], () => undefined)).toBeUndefined();
  });
});
