/** Unit specs sit beside the source; e2e specs in test/ run the whole application on PostgreSQL. */
const transform = {
  '^.+\\.ts$': [
    'ts-jest',
    {
      astTransformers: {
        before: ['<rootDir>/test/setup/swagger-transformer.js'],
      },
    },
  ],
};

module.exports = {
  // Each e2e spec starts the whole application, which takes seconds on a loaded machine. Jest
  // reads this option only at the top level, not per project.
  testTimeout: 30_000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      rootDir: '.',
      testMatch: ['<rootDir>/src/**/*.spec.ts'],
      transform,
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      rootDir: '.',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
      setupFiles: ['<rootDir>/test/setup/log-capture.ts'],
      transform,
    },
  ],
};
