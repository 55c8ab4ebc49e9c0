import { spawnSync } from 'node:child_process';

/**
 * Whether a program from Debian's packages answers here. Tests that need one run when it does,
 * skip when it does not, and fail when `TARJAMA_REQUIRE_TOOLS=1` (what `.ci/run` sets after
 * installing them): a test that needs a tool fails, not skips, in CI.
 */
export function hasTool(command: string, versionArgs: readonly string[] = ['--version']): boolean {
  const found = spawnSync(command, versionArgs, { stdio: 'ignore', timeout: 60_000 }).error === undefined;
  return found || process.env.TARJAMA_REQUIRE_TOOLS === '1';
}
