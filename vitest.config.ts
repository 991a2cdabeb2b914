import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds dist/ when stale: some tests run the built programs.
    globalSetup: ['test/globalSetup.ts'],
    // Property tests: a fixed seed unless FC_SEED=random (test/fastCheckSeed.ts).
    setupFiles: ['test/fastCheckSeed.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Two cores: the e2e suites start servers and child processes.
    maxWorkers: 2,
  },
});
