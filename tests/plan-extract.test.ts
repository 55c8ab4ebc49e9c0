import { describe, expect, it } from 'vitest';
import type { LocaleCatalog } from '../pipeline/catalog/locale-catalog.js';
import { readCatalog } from '../pipeline/catalog/read-catalog.js';
import { absentState, type StateRecord } from '../pipeline/catalog/state-file.js';
import { sourceHash } from '../pipeline/catalog/translation-state.js';
import { TranslationMemory } from '../pipeline/catalog/translation-memory.js';
import { planExtract } from '../pipeline/extract/plan-extract.js';
import type { PreviousEntry } from '../pipeline/extract/match-keys.js';
import { readSource } from '../pipeline/extract/read-source.js';

/** The article of `text` (its body: every article has a title, not a segment here). */
const source = (text: string, previous: readonly PreviousEntry[] = []) => readSource('story', 'source/story.md', `---\ntitle: Story\n---\n\n${text}`, [], previous);

/** The keys and texts a first extraction of `text` wrote. */
function extracted(text: string): PreviousEntry[] {
  return source(text).segments.map(({ key, text: segment }) => ({ key, text: segment }));
}

function catalog(locale: string, values: Record<string, string>): LocaleCatalog {
  const text = `${JSON.stringify(values, null, 2)}\n`;
  return { locale, file: `locales/${locale}/story.json`, catalog: readCatalog(text), text };
}

/** A state that vouches for every translation (sealed, nothing outdated). */
function sealed(previous: readonly PreviousEntry[]): StateRecord {
  return { locales: new Map(), sources: new Map(previous.map(({ key, text }) => [key, sourceHash(text)])), integrity: 'sealed' };
}

const first = 'The minister spoke.\n\nThe vote is on Monday.\n';
const previous = extracted(first);
const [spoke, vote] = previous.map((entry) => entry.key) as [string, string];

describe('planExtract', () => {
  it('counts the keys kept, edited, added and removed, and plans nothing for a source that did not change', () => {
    const plan = planExtract(source(first, previous), previous, [catalog('fr', { [spoke]: 'Le ministre a parlé.', [vote]: 'Le vote a lieu lundi.' })], sealed(previous), new Map());
    expect(plan.keys).toEqual({ kept: 2, edited: 0, added: 0, removed: 0 });
    expect(plan.edits.size).toBe(0);
    expect(plan.archive.get('fr')).toEqual({ add: [], remove: [] });
    expect(plan.locales).toEqual([{ locale: 'fr', outdated: [], archived: [], restored: [], fromMemory: [], unverified: [] }]);
    expect(plan.state.sources).toEqual(new Map(previous.map(({ key, text }) => [key, sourceHash(text)])));
  });

  it('archives the translation of a segment that left the source and removes its key', () => {
    const plan = planExtract(source('The minister spoke.\n', previous), previous, [catalog('fr', { [spoke]: 'Le ministre a parlé.', [vote]: 'Le vote a lieu lundi.' })], sealed(previous), new Map());
    expect(plan.keys).toEqual({ kept: 1, edited: 0, added: 0, removed: 1 });
    expect(plan.edits.get('fr')).toEqual({ remove: [vote], insert: [] });
    expect(plan.archive.get('fr')).toEqual({ add: [{ namespace: 'story', key: vote, source: 'The vote is on Monday.', translation: 'Le vote a lieu lundi.' }], remove: [] });
    expect(plan.locales[0]?.archived).toEqual([vote]);
  });

  it('keeps the translation of an edited segment, outdated and bound to the text it was made for', () => {
    const plan = planExtract(source('The minister spoke.\n\nThe vote is on Tuesday.\n', previous), previous, [catalog('fr', { [spoke]: 'Le ministre a parlé.', [vote]: 'Le vote a lieu lundi.' })], sealed(previous), new Map());
    expect(plan.keys).toEqual({ kept: 1, edited: 1, added: 0, removed: 0 });
    expect(plan.edits.size).toBe(0);
    expect(plan.locales[0]?.outdated).toEqual([vote]);
    expect(plan.state.locales.get('fr')?.get(vote)).toMatchObject({ sourceText: 'The vote is on Monday.', origin: 'source-change' });
  });

  it('archives and removes a key the article never had, keeping its text', () => {
    const plan = planExtract(source(first, previous), previous, [catalog('fr', { [spoke]: 'Le ministre a parlé.', [vote]: 'Le vote a lieu lundi.', 'p-typo': 'Une coquille.' })], sealed(previous), new Map());
    expect(plan.edits.get('fr')).toEqual({ remove: ['p-typo'], insert: [] });
    expect(plan.archive.get('fr')?.add).toEqual([{ namespace: 'story', key: 'p-typo', source: '', translation: 'Une coquille.' }]);
    expect(plan.locales[0]?.archived).toEqual(['p-typo']);
  });

  it('restores an archived translation of the same text in the same article, and fills another from memory to review, each after the key before it', () => {
    const document = source('The minister spoke.\n\nThe vote is on Monday.\n\nPolls open at eight.\n\nResults come at night.\n', previous);
    const [, , polls, results] = document.segments.map((segment) => segment.key) as [string, string, string, string];
    const memory = new TranslationMemory();
    memory.add({ namespace: 'story', key: 'p-old', source: 'Polls open at eight.', translation: 'Les bureaux ouvrent à huit heures.', archived: true });
    memory.add({ namespace: 'other', key: 'p-results', source: 'Results come at night.', translation: 'Les résultats tombent la nuit.', archived: false });
    const plan = planExtract(document, previous, [catalog('fr', { [spoke]: 'Le ministre a parlé.', [vote]: 'Le vote a lieu lundi.' })], sealed(previous), new Map([['fr', memory]]));
    expect(plan.keys).toEqual({ kept: 2, edited: 0, added: 2, removed: 0 });
    expect(plan.edits.get('fr')).toEqual({
      remove: [],
      insert: [
        { key: polls, value: 'Les bureaux ouvrent à huit heures.', after: vote },
        { key: results, value: 'Les résultats tombent la nuit.', after: polls },
      ],
    });
    expect(plan.archive.get('fr')?.remove).toEqual([{ namespace: 'story', key: 'p-old', source: 'Polls open at eight.', translation: 'Les bureaux ouvrent à huit heures.' }]);
    expect(plan.locales[0]).toMatchObject({ restored: [polls], fromMemory: [results] });
    expect(plan.state.locales.get('fr')?.get(results)).toMatchObject({ sourceText: 'Results come at night.', origin: 'memory' });
    expect(plan.state.locales.get('fr')?.has(polls)).toBe(false);
  });

  it('marks for review every translation a lost state no longer vouches for, in each locale', () => {
    const targets = [catalog('fr', { [spoke]: 'Le ministre a parlé.', [vote]: '' }), catalog('ar', { [vote]: 'التصويت يوم الاثنين.' })];
    const plan = planExtract(source(first, previous), previous, targets, absentState(), new Map());
    expect(plan.locales.map(({ locale, unverified }) => [locale, unverified])).toEqual([
      ['fr', [spoke]],
      ['ar', [vote]],
    ]);
    expect(plan.state.locales.get('ar')?.get(vote)).toMatchObject({ sourceText: 'The vote is on Monday.', origin: 'unverified' });
  });
});
