import { defineConfig } from 'vitest/config';

// Run the libraries' production builds, the ones the bundle users run holds (esbuild resolves no
// `development` condition): micromark's and mdast's development builds check assertions that
// cost the in-process tests a tenth of their time. Vite reads the mode from NODE_ENV.
process.env.NODE_ENV = 'production';

// Node 20 reads and parses the certificates NODE_EXTRA_CA_CERTS names when each process starts
// (the sandbox this runs in sets it to the system bundle): 38 ms of CPU per process here, about a
// third of a process's start-up. The tests start node hundreds of times (the kill tests, the CLI
// run as users run it) and none opens a TLS connection: the workers, and so their children, run
// without it.
delete process.env.NODE_EXTRA_CA_CERTS;

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/temp-root.ts'],
    // The HTML parser is loaded on demand (`pipeline/markdown/html-parser.ts`); tests that call its
    // synchronous readers directly have it loaded first.
    setupFiles: ['tests/helpers/load-html-parser.ts'],
    testTimeout: 30_000,
    // vitest's default on 2 cores is one worker (availableParallelism - 1); the suite is mostly
    // child processes and disk waits, so two workers keep both cores busy.
    maxWorkers: 2,
    // The files share no module state (no mocks, no stubbed globals; the CLI run in-process takes
    // its settings as arguments), so each worker loads the pipeline and the compiled CLI once
    // rather than once per file.
    isolate: false,
    // Transformed modules kept on disk (node_modules/.experimental-vitest-cache), by each file's
    // content: `npm run test:long` after `npm test` in `.ci/run` loads the pipeline and the test
    // helpers without transforming them again (its short version took 21.9 s of CPU against
    // 27.3 s, two runs each).
    experimental: { fsModuleCache: true },
  },
});
