import type { RunSettings } from '../run/run-settings.js';

/**
 * The run settings the environment asks for: `TARJAMA_JOBS` threads (`TARJAMA_JOBS=1` starts no
 * worker), used for any run of two namespaces or more, where without it the machine's cores are
 * used only for runs large enough to gain from them (`defaultPoolFrom`); and V8's heaps sized for
 * a large run unless `TARJAMA_V8_DEFAULTS=1`.
 */
export function settingsFromEnv(env: Readonly<Record<string, string | undefined>>): RunSettings {
  const jobs = env.TARJAMA_JOBS === undefined ? undefined : Number(env.TARJAMA_JOBS);
  return { jobs, poolFrom: jobs === undefined ? undefined : 2, leanHeap: env.TARJAMA_V8_DEFAULTS !== '1' };
}
