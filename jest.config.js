/**
 * Three tiers, each its own project and file name:
 * - unit: `*.spec.ts` beside the code (pure logic), plus the repository checks in test/architecture and test/ops;
 * - integration: `*.int-spec.ts`, services and SQL against a real PostgreSQL, no HTTP;
 * - e2e: `test/**\/*.e2e-spec.ts`, the booted API over GraphQL/HTTP and socket.io with real clients.
 */
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.json');

const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false, tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  // The console is its own package with its own test runners (Vitest, Playwright).
  modulePathIgnorePatterns: ['<rootDir>/apps/web/'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/web/'],
};

/** Both database tiers share one PostgreSQL set up once per run. */
const database = {
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
};

module.exports = {
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts', '<rootDir>/test/{architecture,ops}/**/*.spec.ts'] },
    { ...common, ...database, displayName: 'integration', testMatch: ['<rootDir>/{apps,libs,test}/**/*.int-spec.ts'] },
    { ...common, ...database, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
  ],
};
