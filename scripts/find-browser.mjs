// Where is a Chromium / Firefox we may drive? Shared by the e2e fixture and ensure-browsers.mjs.
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';

function firstExisting(paths) {
  return paths.find((p) => p && fs.existsSync(p)) ?? null;
}

function playwrightChromium() {
  try {
    // Playwright's own download, where one was installed (not reachable on CI machines here).
    return execFileSync(process.execPath, ['-e', "console.log(require('playwright-core').chromium.executablePath())"], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

export function findChromium() {
  return firstExisting([process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', playwrightChromium()]);
}

export function findFirefox() {
  return firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
}
