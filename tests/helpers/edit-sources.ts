import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { random } from '../../bench/corpus.js';

/**
 * Edits a generated corpus the way a newsroom does between two extracts, seeded by `trial`:
 * a word corrected in a paragraph of some articles (their translations become outdated), a
 * paragraph deleted from others (archived), a deleted paragraph put back, one article
 * deleted, one renamed, one re-wrapped. Returns what it did, for messages.
 */
export async function editSources(root: string, trial: number): Promise<string[]> {
  const next = random(1000 + trial);
  const folder = path.join(root, 'source');
  const names = (await readdir(folder)).filter((name) => name.endsWith('.md')).sort();
  const pick = (): string => names.splice(Math.floor(next() * names.length), 1)[0] as string;
  const done: string[] = [];
  const prose = (blocks: string[]): number[] => blocks.flatMap((block, index) => (/^[A-Z]/.test(block) ? [index] : []));
  const edit = async (name: string, change: (blocks: string[]) => void): Promise<void> => {
    const file = path.join(folder, name);
    const blocks = (await readFile(file, 'utf8')).trimEnd().split('\n\n');
    change(blocks);
    await writeFile(file, `${blocks.join('\n\n')}\n`);
  };
  for (let count = 0; count < 6; count += 1) {
    const name = pick();
    await edit(name, (blocks) => {
      const at = prose(blocks)[0] as number;
      blocks[at] = (blocks[at] as string).replace(/ with (\d+) participants/, (_, n: string) => ` with ${Number(n) + 1} participants`);
    });
    done.push(`corrected a figure in ${name}`);
  }
  for (let count = 0; count < 6; count += 1) {
    const name = pick();
    await edit(name, (blocks) => {
      const list = prose(blocks);
      blocks.splice(list[list.length - 1] as number, 1);
    });
    done.push(`deleted a paragraph of ${name}`);
  }
  const rewrapped = pick();
  await edit(rewrapped, (blocks) => {
    const at = prose(blocks)[1] as number;
    blocks[at] = (blocks[at] as string).replace(/\. /g, '.\n');
  });
  done.push(`re-wrapped a paragraph of ${rewrapped}`);
  const deleted = pick();
  await rm(path.join(folder, deleted));
  done.push(`deleted ${deleted}`);
  const renamed = pick();
  await rename(path.join(folder, renamed), path.join(folder, `renamed-${trial}-${renamed}`));
  done.push(`renamed ${renamed}`);
  return done;
}
