import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/engine/**/*.test.ts'],
    environment: 'node',
    // Once per run: the variants of real pages (or why real-page tests are skipped), and the generated
    // evaluation corpus (tests/.generated/shops) rebuilt from its fixed seed.
    globalSetup: ['tests/setup/real-pages.ts', 'tests/setup/generated-corpus.ts'],
    testTimeout: 20_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
