import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests that walk a whole workflow take 10–25 s on a busy 2-core machine: the limit
    // catches a hang, not a slow run.
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // What the sidebar shows after a server call can take seconds on a busy machine.
    expect: { poll: { timeout: 10_000 } },
    // Browser tests share one Chromium and one playground server per file; keep files parallel
    // but bounded for 2-core machines.
    maxWorkers: 2,
  },
});
