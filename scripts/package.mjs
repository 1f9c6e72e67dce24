#!/usr/bin/env node
// npm run package: build, then write the three release archives into release/:
//   shopwatch-<version>-chrome.zip   Chrome Web Store and Edge Add-ons (dist/)
//   shopwatch-<version>-firefox.zip  addons.mozilla.org (dist-firefox/, built and linted by web-ext)
//   shopwatch-<version>-source.zip   the source AMO asks for; BUILD.md inside says how to rebuild it
// The version comes from package.json alone. Usage: node scripts/package.mjs [--no-build]
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles, zipFiles } from './release/zip.mjs';
import { sourceFiles } from './release/source-files.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const release = path.join(root, 'release');
const npm = (...args) => execFileSync('npm', args, { cwd: root, stdio: 'inherit' });

if (!process.argv.includes('--no-build')) npm('run', 'build');
for (const dir of ['dist', 'dist-firefox']) {
  const built = JSON.parse(fs.readFileSync(path.join(root, dir, 'manifest.json'), 'utf8')).version;
  if (built !== version) throw new Error(`${dir}/manifest.json has version ${built}, package.json ${version}: rebuild`);
}
fs.rmSync(release, { recursive: true, force: true });
fs.mkdirSync(release);

const archive = (browser) => path.join(release, `shopwatch-${version}-${browser}.zip`);
zipFiles(path.join(root, 'dist'), listFiles(path.join(root, 'dist')), archive('chrome'));
// web-ext lints before it packs: an AMO upload must be lint-clean.
npm('run', '-s', 'lint:firefox');
execFileSync('npx', ['web-ext', 'build', '-s', 'dist-firefox', '-a', 'release', '--filename', path.basename(archive('firefox')), '--overwrite-dest'], { cwd: root, stdio: 'inherit' });
zipFiles(root, sourceFiles(root), archive('source'));

for (const browser of ['chrome', 'firefox', 'source']) {
  const file = archive(browser);
  const hash = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  console.log(`${path.relative(root, file)}  ${(fs.statSync(file).size / 1024).toFixed(0)} KB  sha256 ${hash}`);
}
