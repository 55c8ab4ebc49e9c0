import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { copyTree } from '../pipeline/markdown/copy-tree.js';
import { processor } from '../pipeline/markdown/processor.js';
import { repoRoot } from './helpers/run-cli.js';

/** Every object of a tree, to check that a copy shares none with its original. */
function objects(value: unknown, found = new Set<object>()): Set<object> {
  if (value !== null && typeof value === 'object') {
    found.add(value);
    for (const member of Object.values(value)) objects(member, found);
  }
  return found;
}

describe('copyTree', () => {
  it('copies every source tree of the repository and the fixtures as structuredClone does, sharing no object', async () => {
    const trees: Root[] = [];
    const visit = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) await visit(file);
        else if (entry.name.endsWith('.md') && path.basename(dir) === 'source') trees.push(processor.parse(await readFile(file, 'utf8')) as Root);
      }
    };
    await visit(path.join(repoRoot, 'tests', 'fixtures'));
    await visit(path.join(repoRoot, 'source'));
    expect(trees.length).toBeGreaterThan(20);
    for (const tree of trees) {
      const copied = copyTree(tree);
      expect(copied).toStrictEqual(structuredClone(tree));
      const original = objects(tree);
      expect([...objects(copied)].filter((object) => original.has(object))).toEqual([]);
    }
  });

  it('keeps what remark does not make as structuredClone keeps it: a `__proto__` key, undefined members, a Map', () => {
    const tree = JSON.parse('{"type":"root","children":[{"type":"text","value":"x","__proto__":{"polluted":true}}]}') as Root & Record<string, unknown>;
    Object.assign(tree, { data: { missing: undefined, table: new Map([['a', 1]]) } });
    const copied = copyTree(tree);
    expect(copied).toStrictEqual(structuredClone(tree));
    expect(Object.getPrototypeOf(copied.children[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
