// Test runner configuration. `npm test` runs every project:
//   unit     pure TypeScript modules (parsing, geometry, schemas, content checks)
//   browser  the built site in real headless Chromium (see tests/browser/); its
//            globalSetup builds the site once and serves dist/ on 127.0.0.1
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Pin the time zone so date formatting is deterministic.
          env: { TZ: 'UTC' },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          env: { TZ: 'UTC' },
          globalSetup: ['tests/support/site-global-setup.ts'],
          // Each file drives its own Chromium; page loads and axe runs are slow on 2 cores.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
