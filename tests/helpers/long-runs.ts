/**
 * Whether the long runs (`npm run test:long`: extract-crash, extract-enospc, kill, huge-archive
 * and fuzz at full size) follow `npm test` in the same job, as `.ci/run` does
 * (`TARJAMA_LONG_RUNS=1`): the short versions of those files are then skipped, as the long ones
 * repeat their every case.
 */
export const longRunsFollow = process.env.TARJAMA_LONG_RUNS === '1';
