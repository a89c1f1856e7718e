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
  testTimeout: 120000,
  // Kafka clients keep sockets briefly after close; the run must still end by itself.
  forceExit: true,
};
