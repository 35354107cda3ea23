// Shared jest configuration: SWC transform (with decorator metadata for NestJS and MikroORM)
// and workspace packages mapped to their sources, so tests never need a prior build.
const path = require('node:path');

const root = __dirname;
const workspaceSources = {
  '^@openrcm/x12$': 'packages/x12/src/index.ts',
  '^@openrcm/sdk$': 'packages/sdk/src/index.ts',
  '^@openrcm/sdk/testing$': 'packages/sdk/src/testing/index.ts',
  '^@openrcm/core$': 'packages/core/src/index.ts',
  '^@openrcm/core/testing$': 'packages/core/src/testing/index.ts',
  '^@openrcm/simulator$': 'packages/simulator/src/index.ts',
  '^@openrcm/file-transport$': 'packages/file-transport/src/index.ts',
  '^@openrcm/server$': 'apps/server/src/index.ts',
  '^@openrcm/example-hello-plugin$': 'examples/hello-plugin/src/index.ts',
  '^@openrcm/plugin-eligibility-availity$': 'plugins/eligibility-availity/src/index.ts',
  '^@openrcm/plugin-clearinghouse-generic$': 'plugins/clearinghouse-generic/src/index.ts',
  '^@openrcm/plugin-kpi-reports$': 'plugins/kpi-reports/src/index.ts',
  '^@openrcm/plugin-collections$': 'plugins/collections/src/index.ts',
};

module.exports = (packageDir, overrides = {}) => ({
  rootDir: packageDir,
  testEnvironment: 'node',
  // Integration suites boot a server on a real database in `beforeAll` (PGlite runs every migration at each boot);
  // on a busy 2-core machine that has taken more than 30 s. Unit tests finish far sooner.
  testTimeout: 60_000,
  // On CI a suite whose `beforeAll` times out leaves its server still booting (a pool waiting on a connection), and
  // jest would wait on it for ever after the last test: CI ends the run instead, with the failure reported. Locally
  // jest keeps waiting and prints the open-handle warning, which is the hint to find the leak.
  forceExit: Boolean(process.env['CI']),
  // A 2-core machine gives jest one worker, and with one worker jest runs every file in its own process, where each
  // integration suite leaves 60-120 MB of heap behind (modules, NestJS and MikroORM metadata held by the module
  // registry): forty files in, the heap nears its limit, garbage collection takes over and a suite's boot passes its
  // timeout. A memory limit makes jest run the files in a worker process instead, replaced once it holds more.
  workerIdleMemoryLimit: '800MB',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.int-spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: Object.fromEntries(
    Object.entries(workspaceSources).map(([pattern, file]) => [pattern, path.join(root, file)]),
  ),
  ...overrides,
});
