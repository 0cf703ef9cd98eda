import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser tests share one Chromium and one playground server per file; keep files parallel
    // but bounded for 2-core machines.
    maxWorkers: 2,
  },
});
