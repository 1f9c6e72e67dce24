#!/usr/bin/env node
// Make sure a browser for the e2e tests exists. On Debian/Ubuntu as root we install the distro
// package (Playwright's own browser download is not always reachable); elsewhere we say how.
// Usage: node scripts/ensure-browsers.mjs [chromium|firefox]
import fs from 'node:fs';
import { execSync } from 'node:child_process';
import { findChromium, findFirefox } from './find-browser.mjs';

const which = process.argv[2] ?? 'chromium';
const spec = which === 'firefox'
  ? { find: findFirefox, pkg: 'firefox-esr', hint: 'install Firefox ESR (Debian/Ubuntu: sudo apt-get install firefox-esr) or set FIREFOX_PATH' }
  : { find: findChromium, pkg: 'chromium', hint: 'install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH' };

if (spec.find()) process.exit(0);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = fs.existsSync('/etc/debian_version');
if (isRoot && isDebian) {
  console.log(`[shopwatch] no ${which} found: installing the Debian package "${spec.pkg}"…`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${spec.pkg}`, { stdio: 'inherit' });
  if (spec.find()) process.exit(0);
}
console.error(`[shopwatch] no ${which} found for the end-to-end tests: ${spec.hint}.`);
process.exit(1);
