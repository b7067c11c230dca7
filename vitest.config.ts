import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

// Three tiers (CONVENTIONS.md): unit tests beside pure code; integration tests through
// app.inject() on a fresh database per test file — on the embedded PostgreSQL, and also on the
// server named by TEST_DATABASE_URL when it is set; browser journeys in Chromium.
const integration = (name: string, setup: string): TestProjectInlineConfiguration => ({
  test: {
    name,
    include: ['server/test/**/*.test.ts'],
    globalSetup: [setup],
    setupFiles: ['./test/setup/scan-personal-data.ts'],
    // Generous: some tests spawn the CLI or the server as processes, which takes seconds on a
    // busy two-core machine. A test that hangs still fails; none is timed.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          // The PDF renderers load the CJK fonts on first use.
          testTimeout: 20_000,
          include: [
            'domain/**/*.test.ts',
            'server/src/**/*.test.ts',
            'web/src/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
        },
      },
      integration('integration', './test/setup/embedded-database.ts'),
      ...(process.env.TEST_DATABASE_URL
        ? [integration('integration-external', './test/setup/external-database.ts')]
        : []),
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['./test/setup/embedded-database.ts'],
          // A journey walks three people through a dozen pages each.
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
