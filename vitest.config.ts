import { defineConfig } from 'vitest/config';

/**
 * One `vitest run` = every suite that must pass:
 * - unit: pure rules, no database;
 * - pglite: service/route integration tests on the embedded engine (restored from a migrated snapshot);
 * - postgres: the same integration files on a real server, when DATABASE_URL is set (CI sets it);
 * - browser: journeys in Debian's Chromium through playwright-core against a real server.
 */
const integration = (engine: 'pglite' | 'postgres') => ({
  test: {
    name: engine,
    include: ['src/**/*.int.test.ts', 'tests/integration/**/*.int.test.ts'],
    globalSetup: ['tests/support/global-db.ts'],
    env: { BERDAYA_TEST_ENGINE: engine },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: ['src/**/*.int.test.ts'] } },
      integration('pglite'),
      ...(process.env.DATABASE_URL ? [integration('postgres')] : []),
      {
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/support/global-db.ts'],
          env: { BERDAYA_TEST_ENGINE: 'pglite' },
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
