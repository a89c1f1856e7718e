/**
 * One run: unit (*.spec.ts beside the code, no infrastructure), integration (*.int-spec.ts),
 * end-to-end (test/*.e2e-spec.ts) and fault-injection (test/faults/*.faults-spec.ts) tests, the
 * last three against the real Kafka and Postgres the global setup provides.
 */
const tsconfig = require('./tsconfig.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(tsconfig.compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

// What every project shares: the same transform and aliases.
const base = {
  rootDir: __dirname,
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
  // any-ascii, @noble/*, content-disposition (required by @fastify/static) and intl-messageformat
  // (with its @formatjs parts) ship ES modules only: transform them like our own code.
  transform: { '^.+\\.(t|j)s$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(any-ascii|@noble|content-disposition|intl-messageformat|@formatjs)/)'],
  moduleNameMapper,
};
// Projects that test against real Kafka and Postgres: Jest runs a project's global setup only when
// one of its tests is selected, so `npm run test:unit` starts and touches nothing.
const common = {
  ...base,
  globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
};

/**
 * Projects: `npm test` runs them all; `npm run test:quick` all but `faults` (the fault-injection
 * suite, several minutes, with a 3-broker cluster of its own); `npm run test:faults` only that one.
 */
module.exports = {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,scripts}/**/*.spec.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      // Every spec kind under test/ (e2e-spec, and any other *-spec.ts added there) but the faults.
      testMatch: ['<rootDir>/test/**/*.*-spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/faults/'],
    },
    { ...common, displayName: 'faults', testMatch: ['<rootDir>/test/faults/**/*.faults-spec.ts'] },
  ],
  /*
   * One file at a time (files share the broker, and some stop it or restart Postgres), each in a fresh
   * worker process: Jest recycles a worker whose heap is above this limit after a file, and every file
   * leaves more than 1 MB. `--runInBand` on the command line still runs files in Jest's own process.
   * Why: in one process the heap grew from 245 MB to 1.2 GB over 20 e2e files (--logHeapUsage) — garbage
   * V8 had not collected, not a leak: with a collection forced after each file (`node --expose-gc`) the
   * same 20 files stay at 133–145 MB — and near the end of a full run the last file's apps stalled past
   * their 120 s set-up with kafkajs connection timeouts (three CI runs in a row; long collections of a
   * large heap are the likely cause, inferred, not traced). With a worker per file the suite passed in
   * both fresh-clone runs since, in half the time (1 470–1 586 s against 2 810–3 099 s), 2026-12-07.
   */
  maxWorkers: 1,
  workerIdleMemoryLimit: '1MB',
  // The file that restarts the shared broker runs first (test/support/sequencer.js says why).
  testSequencer: '<rootDir>/test/support/sequencer.js',
  testTimeout: 120000,
  // Kafka clients keep sockets briefly after close; the run must still end by itself.
  forceExit: true,
};
