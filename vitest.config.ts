import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // Timeouts catch hangs, not slowness: on a loaded 2-core CI runner a PDF or a real-briefings pass can take 10 s.
          testTimeout: 30_000,
          include: ['tests/corpus/**/*.test.ts', 'tests/electron/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/server/**/*.test.ts'],
          exclude: ['tests/**/*.e2e.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          testTimeout: 30_000,
          include: ['tests/renderer/**/*.test.ts', 'tests/renderer/**/*.test.tsx'],
          setupFiles: ['tests/support/i18n-catalogs.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.test.ts', 'tests/electron/**/*.e2e.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          pool: 'forks',
        },
      },
    ],
  },
});
