import { defineConfig } from '@playwright/test';

/** `npm run screenshots`: the store listing's screenshots, made from real states of the built extension. */
export default defineConfig({
  testDir: 'tests/store',
  workers: 1,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: 'test-results/store',
  globalSetup: './tests/setup/real-pages.ts',
});
