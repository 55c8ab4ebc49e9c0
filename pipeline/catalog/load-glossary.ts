import { parseGlossary, type GlossaryTerm } from '../rules/glossary-file.js';
import type { ProjectGuard } from '../store/project-guard.js';
import { readProjectFile } from '../store/read-project-file.js';

/** Loads the glossary (`locales/glossary.json`) through the run's guard; an absent file is an empty glossary. */
export async function loadGlossary(file: string, relative: string, guard: ProjectGuard, sourceLocale: string): Promise<GlossaryTerm[]> {
  const read = readProjectFile(file, relative, guard);
  return 'absent' in read ? [] : parseGlossary(read.text, relative, sourceLocale);
}
