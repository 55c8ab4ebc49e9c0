import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline/commands/extract.js';
import { defaultConfig, type Config } from '../pipeline/config/config.js';

/**
 * Random sequences of the edits wire stories go through (edit a word, insert, delete, swap,
 * split, merge, revert a deletion), each followed by `extract` and by a translator filling
 * the missing keys. After every step: no translation ever written is lost (it is in the
 * catalog or in the archive), and every paragraph whose text did not change keeps its key
 * and its translation.
 */
const config: Config = { ...defaultConfig, locales: ['en', 'fr'] };
const vocabulary = ['court', 'judges', 'budget', 'reform', 'clerks', 'minister', 'register', 'appeal', 'ruling', 'hearing', 'prosecutor', 'council', 'rights', 'children', 'training', 'digital'];

type Edit =
  | { type: 'edit'; at: number; word: number }
  | { type: 'insert'; at: number }
  | { type: 'delete'; at: number }
  | { type: 'swap'; at: number; with: number }
  | { type: 'split'; at: number }
  | { type: 'merge'; at: number }
  | { type: 'revert'; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ type: fc.constant('edit' as const), at: fc.nat(), word: fc.nat() }),
  fc.record({ type: fc.constant('insert' as const), at: fc.nat() }),
  fc.record({ type: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ type: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ type: fc.constant('split' as const), at: fc.nat() }),
  fc.record({ type: fc.constant('merge' as const), at: fc.nat() }),
  fc.record({ type: fc.constant('revert' as const), at: fc.nat() }),
);

let serial = 0;
function sentence(): string {
  serial += 1;
  const words = Array.from({ length: 8 }, (_, index) => vocabulary[(serial * 7 + index * 3) % vocabulary.length]);
  return `Item ${serial}: the ${words.join(' ')} story.`;
}

function apply(paragraphs: string[], deleted: string[], change: Edit): string[] {
  const next = [...paragraphs];
  const at = next.length === 0 ? 0 : change.at % next.length;
  switch (change.type) {
    case 'edit': {
      if (next.length === 0) return next;
      const words = (next[at] as string).split(' ');
      words[change.word % words.length] = `edited${(serial += 1)}`;
      next[at] = words.join(' ');
      return next;
    }
    case 'insert':
      next.splice(change.at % (next.length + 1), 0, sentence());
      return next;
    case 'delete':
      if (next.length > 1) deleted.push(...next.splice(at, 1));
      return next;
    case 'swap': {
      const other = next.length === 0 ? 0 : change.with % next.length;
      [next[at], next[other]] = [next[other] as string, next[at] as string];
      return next;
    }
    case 'split': {
      const words = (next[at] ?? '').split(' ');
      if (words.length < 4) return next;
      const half = Math.floor(words.length / 2);
      next.splice(at, 1, words.slice(0, half).join(' '), `Then ${words.slice(half).join(' ')}`);
      return next;
    }
    case 'merge':
      if (at + 1 >= next.length) return next;
      next.splice(at, 2, `${next[at]} ${next[at + 1]}`);
      return next;
    case 'revert': {
      const back = deleted.pop();
      if (back !== undefined && !next.includes(back)) next.splice(change.at % (next.length + 1), 0, back);
      return next;
    }
  }
}

async function readJson<T>(file: string, fallback: T): Promise<T> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch {
    return fallback;
  }
}

describe('source evolution, property', () => {
  it('never loses a translation and never moves an unchanged paragraph’s translation', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 10 }), async (edits) => {
        const root = await mkdtemp(path.join(tmpdir(), 'tarjama-property-'));
        const write = (paragraphs: string[]) => writeFile(path.join(root, 'source', 'story.md'), `---\ntitle: A story\n---\n\n${paragraphs.join('\n\n')}\n`);
        const english = () => readJson<Record<string, string>>(path.join(root, 'locales', 'en', 'story.json'), {});
        const french = () => readJson<Record<string, string>>(path.join(root, 'locales', 'fr', 'story.json'), {});
        const archive = async () => (await readJson<{ entries: Array<{ translation: string }> }>(path.join(root, 'locales', '.tarjama', 'archive', 'fr.json'), { entries: [] })).entries;
        const written = new Set<string>();
        const translateMissing = async () => {
          const catalog = await french();
          for (const [key, text] of Object.entries(await english())) {
            if (catalog[key] !== undefined) continue;
            catalog[key] = `FR ${text}`;
            written.add(catalog[key]);
          }
          await mkdir(path.join(root, 'locales', 'fr'), { recursive: true });
          await writeFile(path.join(root, 'locales', 'fr', 'story.json'), `${JSON.stringify(catalog, null, 2)}\n`);
        };
        try {
          await mkdir(path.join(root, 'source'));
          let paragraphs = [sentence(), sentence(), sentence(), sentence()];
          const deleted: string[] = [];
          await write(paragraphs);
          await extract(root, config);
          await translateMissing();
          for (const change of edits) {
            const before = await english();
            const frenchBefore = await french();
            paragraphs = apply(paragraphs, deleted, change);
            await write(paragraphs);
            await extract(root, config);
            const after = await english();
            const frenchAfter = await french();
            const keyOf = (catalog: Record<string, string>, text: string) => Object.keys(catalog).find((key) => catalog[key] === text);
            for (const text of paragraphs) {
              const key = keyOf(before, text);
              if (key === undefined) continue;
              expect(keyOf(after, text), `key of unchanged "${text}"`).toBe(key);
              expect(frenchAfter[key], `translation of unchanged "${text}"`).toBe(frenchBefore[key]);
            }
            const kept = new Set([...Object.values(frenchAfter), ...(await archive()).map((entry) => entry.translation)]);
            for (const translation of written) expect(kept.has(translation), `lost "${translation}" after ${change.type}`).toBe(true);
            await translateMissing();
          }
        } finally {
          await rm(root, { recursive: true, force: true });
        }
      }),
      { numRuns: 40 },
    );
  });
});
