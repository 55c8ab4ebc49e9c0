import { readdirSync } from 'node:fs';

/**
 * The names in a folder of the project, unsorted; none when it cannot be listed (absent, or not
 * a folder): a folder tarjama looks into for its own files may not exist yet. Each file found
 * is read or removed through the run's guard, never on the listing's word.
 */
export function folderNames(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
