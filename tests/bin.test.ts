import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyToTemp, repoRoot, runCli, runCliInProcess } from './helpers/run-cli.js';

/**
 * Most tests run the compiled CLI's `main` in their own process (`runCliInProcess`); the bin is
 * that `main` in a process of its own. Here the real process prints the same report and exits
 * with the code `main` returns: 0 (publishable), 1 (findings), 2 (a usage error).
 */
const fixtures = path.join(repoRoot, 'tests', 'fixtures', 'cli');

describe('the bin', () => {
  it.each([
    ['complete', ['check'], 0],
    ['broken-translations', ['check'], 1],
    ['complete', ['check', '--locale', 'xx'], 2],
  ] as const)('exits as main returns: %s, %j, exit %i', async (fixture, args, code) => {
    const project = await copyToTemp(path.join(fixtures, fixture, 'project'));
    const real = runCli(project, args);
    expect(real.code).toBe(code);
    expect(real).toEqual(await runCliInProcess(project, args));
  });
});
