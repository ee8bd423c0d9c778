import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// `npm run test:firefox`: one Firefox for the whole file, so one file, no parallel workers.
export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
