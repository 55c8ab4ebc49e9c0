import type { RunSettings } from '../run/run-settings.js';

/**
 * The run settings the environment asks for: `TARJAMA_JOBS` threads (`TARJAMA_JOBS=1` starts no
 * worker), and V8's heaps sized for a large run unless `TARJAMA_V8_DEFAULTS=1`.
 */
export function settingsFromEnv(env: Readonly<Record<string, string | undefined>>): RunSettings {
  return { jobs: env.TARJAMA_JOBS === undefined ? undefined : Number(env.TARJAMA_JOBS), leanHeap: env.TARJAMA_V8_DEFAULTS !== '1' };
}
