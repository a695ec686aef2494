// Test runner configuration. `npm test` runs every project:
//   unit     pure TypeScript modules (parsing, geometry, schemas, content checks)
//   browser  the built site in real headless Chromium (see tests/browser/)
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
    ],
  },
});
