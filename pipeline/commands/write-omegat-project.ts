import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ProjectPaths } from '../project/project-paths.js';
import { writeFileAtomic, type WriteResult } from '../store/write-file-atomic.js';
import { omegatFilters } from '../xliff/omegat-filters.js';
import { omegatProject } from '../xliff/omegat-project.js';
import { writeTmx, type TmxEntry } from '../xliff/write-tmx.js';

/** The OmegaT project files `xliff export --for omegat` wrote besides the XLIFF. */
export interface OmegatProjectReport {
  /** The project's folder, to open in OmegaT. */
  folder: string;
  /** `omegat.project` and `omegat/filters.xml`: written when absent, kept (the translator's) when present. */
  settings: Array<{ file: string; result: WriteResult | 'kept' }>;
  memories: Array<{ file: string; entries: number; result: WriteResult }>;
  /** The folder OmegaT writes the translated files to, for `xliff import`. */
  target: string;
}

/**
 * Completes an OmegaT project around its XLIFF files: its folders (OmegaT will not open a
 * project without them), its settings when absent, and two translation memories: `fill` in
 * `tm/auto/` (OmegaT fills each segment with it), `offer` in `tm/` (shown as matches only).
 */
export async function writeOmegatProject(
  paths: ProjectPaths,
  omegat: ReturnType<ProjectPaths['omegatProject']>,
  sourceLocale: string,
  targetLocale: string,
  memories: Record<'fill' | 'offer', readonly TmxEntry[]>,
): Promise<OmegatProjectReport> {
  for (const folder of omegat.folders) await mkdir(folder, { recursive: true });
  const report: OmegatProjectReport = { folder: paths.relative(path.dirname(omegat.project)), settings: [], memories: [], target: paths.relative(omegat.target) };
  const settings: Array<[string, string]> = [
    [omegat.project, omegatProject(sourceLocale, targetLocale)],
    [omegat.filters, omegatFilters()],
  ];
  for (const [file, text] of settings) report.settings.push({ file: paths.relative(file), result: existsSync(file) ? 'kept' : await writeFileAtomic(file, text) });
  for (const kind of ['fill', 'offer'] as const) {
    const entries = memories[kind];
    report.memories.push({ file: paths.relative(omegat[kind]), entries: entries.length, result: await writeFileAtomic(omegat[kind], writeTmx(sourceLocale, targetLocale, entries)) });
  }
  return report;
}
