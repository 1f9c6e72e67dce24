#!/usr/bin/env node
// Sums every test that ran (vitest, Playwright, Firefox smoke) from their reports and prints the
// closing line CI reads: "N passed, N failed". Skipped tests (e.g. real-page tests where the shared
// corpus is absent) count as neither; each runner's line shows them.
// Usage: node scripts/count-results.mjs <firefox-log>
import fs from 'node:fs';

const readJson = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};

const parts = [];
const vitest = readJson('test-results/vitest.json');
if (vitest) parts.push(['unit (vitest)', vitest.numPassedTests ?? 0, (vitest.numFailedTests ?? 0) + (vitest.success === false && !vitest.numFailedTests ? 1 : 0), (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0)]);
const e2e = readJson('test-results/playwright.json');
if (e2e?.stats) parts.push(['e2e (Playwright, Chromium)', (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0), e2e.stats.unexpected ?? 0, e2e.stats.skipped ?? 0]);
const firefoxLog = process.argv[2] && fs.existsSync(process.argv[2]) ? fs.readFileSync(process.argv[2], 'utf8') : '';
const firefox = /firefox: (\d+) passed, (\d+) failed/.exec(firefoxLog);
if (firefox) parts.push(['Firefox smoke (BiDi)', Number(firefox[1]), Number(firefox[2])]);

for (const [name, passed, failed, skipped = 0] of parts) console.log(`  ${name}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
const passed = parts.reduce((sum, [, p]) => sum + p, 0);
const failed = parts.reduce((sum, [, , f]) => sum + f, 0);
console.log(`${passed} passed, ${failed} failed`);
