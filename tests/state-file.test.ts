import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseState, serializeState, stateProblem } from '../pipeline/catalog/state-file.js';
import { sameSource, sourceForm, sourceHash, statusIn, textHash, translationStatus } from '../pipeline/catalog/translation-state.js';

const entry = { source: sourceHash('Four reports.'), sourceText: 'Four reports.', translation: textHash('Quatre rapports.'), origin: 'source-change' as const };
const state = { locales: new Map([['fr', new Map([['p-four-reports', entry]])]]), sources: new Map([['p-four-reports', sourceHash('Five reports.')]]) };

describe('state files', () => {
  it('read back what they wrote, sealed', () => {
    const record = parseState(serializeState(state), 'state.json');
    expect(record.integrity).toBe('sealed');
    expect(record.locales).toEqual(state.locales);
    expect(record.sources).toEqual(state.sources);
  });

  it('notice any edit by hand: an entry deleted, a hash changed, a key added', () => {
    const text = serializeState(state);
    const value = JSON.parse(text) as { locales: Record<string, unknown>; sources: Record<string, string> };
    const edits = [
      (copy: typeof value) => delete copy.locales.fr,
      (copy: typeof value) => (copy.sources['p-four-reports'] = sourceHash('Four reports.')),
      (copy: typeof value) => (copy.sources['p-added'] = '0000000000000000'),
    ];
    for (const edit of edits) {
      const copy = JSON.parse(text) as typeof value;
      edit(copy);
      expect(parseState(JSON.stringify(copy), 'state.json').integrity).toBe('edited');
    }
    // Re-indenting or re-ordering is no edit.
    const reordered = JSON.parse(text) as Record<string, unknown>;
    expect(parseState(JSON.stringify({ seal: reordered.seal, locales: reordered.locales, version: 2, sources: reordered.sources }), 'state.json').integrity).toBe('sealed');
  });

  it('trust a file of tarjama 0.1 (version 1, no seal) as legacy, and refuse one that is not a state with a located error', () => {
    expect(parseState('{"version":1,"locales":{}}', 'x.json').integrity).toBe('legacy');
    expect(() => parseState('<<<<<<< HEAD\n{}', 'locales/.tarjama/state/x.json')).toThrow(/invalid state file .*; restore it from version control, or delete it and run `tarjama extract`/);
    expect(() => parseState('{"version":3,"locales":{}}', 'x.json')).toThrow(/"version" must be 1 or 2/);
  });

  it('say why a state cannot vouch for translations: edited, or missing for an article extracted before', () => {
    const edited = { ...parseState(serializeState(state), 'x'), integrity: 'edited' as const };
    expect(stateProblem(edited, true, 'x.json')).toBe('x.json was edited by hand (its seal does not match its content)');
    expect(stateProblem({ locales: new Map(), sources: null, integrity: 'absent' }, true, 'x.json')).toBe('x.json is missing');
    expect(stateProblem({ locales: new Map(), sources: null, integrity: 'absent' }, false, 'x.json')).toBeNull();
  });
});

describe('translation status', () => {
  it('is outdated while the source differs from the text translated, current once the translation is edited', () => {
    expect(translationStatus('Five reports.', 'Quatre rapports.', entry)).toBe('outdated');
    expect(translationStatus('Four reports.', 'Quatre rapports.', entry)).toBe('current');
    expect(translationStatus('Five reports.', 'Cinq rapports.', entry)).toBe('current');
  });

  it('is unverified without an entry where the state was lost', () => {
    expect(statusIn('Four reports.', 'Quatre rapports.', undefined, true)).toBe('unverified');
    expect(statusIn('Four reports.', 'Quatre rapports.', undefined, false)).toBe('current');
  });

  it('does not count re-wrapping as a change, but a hard break or a word is one', () => {
    expect(sameSource('The court ruled\non Monday.', 'The court  ruled on\nMonday.')).toBe(true);
    expect(sameSource('The court ruled\\\non Monday.', 'The court ruled on Monday.')).toBe(false);
    expect(sameSource('The court ruled on Monday.', 'The court ruled on Tuesday.')).toBe(false);
    // A state written before re-wrapping counted (a hash of the raw text) still matches its text.
    expect(translationStatus('Four\nreports.', 'Quatre rapports.', { ...entry, source: textHash('Four\nreports.') })).toBe('current');
  });
});

describe('a source message\u2019s form and hash', () => {
  it('leaves out re-wrapping exactly as the two replacements do, and hashes that form', () => {
    const reference = (text: string): string => text.replace(/(?<!\\)[ \t]*\r?\n[ \t]*/g, ' ').replace(/[ \t]{2,}/g, ' ').trim();
    const piece = fc.constantFrom('a', 'é', 'ب', ' ', '  ', '\t', '\n', '\r', '\r\n', '\\', '\u00A0', '.');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const text = pieces.join('');
        expect(sourceForm(text)).toBe(reference(text));
        expect(sourceHash(text)).toBe(textHash(reference(text)));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
  });

  it('is the same when asked again, before and after thousands of other texts', () => {
    const texts = Array.from({ length: 10_000 }, (_, index) => `Report ${index}\n  of the\tday.`);
    const first = texts.map(sourceHash);
    expect(new Set(first).size).toBe(texts.length);
    expect(texts.map(sourceHash)).toEqual(first);
    expect(texts.map((text) => textHash(sourceForm(text)))).toEqual(first);
    // Long texts, more characters than it keeps: the same hashes again.
    const long = Array.from({ length: 40 }, (_, index) => `${'word '.repeat(10_000)}${index}`);
    const once = long.map(sourceHash);
    expect(long.map(sourceHash)).toEqual(once);
    expect(long.map((text) => textHash(sourceForm(text)))).toEqual(once);
  });
});
