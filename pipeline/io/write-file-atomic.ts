import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** What a write did: nothing when the file already had this content. */
export type WriteResult = 'written' | 'unchanged';

/**
 * Writes `content` to `file` through a temporary file in the same folder and a rename,
 * so readers never see a half-written file; leaves the file alone when unchanged.
 */
export async function writeFileAtomic(file: string, content: string): Promise<WriteResult> {
  try {
    if ((await readFile(file, 'utf8')) === content) return 'unchanged';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, content, 'utf8');
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return 'written';
}
