/**
 * Issue #13: the source archive AMO gets must rebuild the very files we ship. Pack the source as
 * `npm run package` does, unpack it in an empty folder, run BUILD.md's commands there
 * (npm ci && npm run build), and compare the SHA-256 of every built file with a build of this tree.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM release helpers
import { listFiles, unzipTo, zipFiles } from '../../scripts/release/zip.mjs';
// @ts-expect-error plain ESM release helpers
import { sourceFiles } from '../../scripts/release/source-files.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'shopwatch-release-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }), 120_000);

/** The builds run as a shopper's build would: without vitest's NODE_ENV=test (it switches Preact to dev mode). */
const buildEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')));
const run = (cwd: string, args: string[], env: Record<string, string> = {}) =>
  execFileSync('npm', args, { cwd, env: { ...buildEnv, ...env }, stdio: 'pipe', encoding: 'utf8' });

function hashes(dir: string): Record<string, string> {
  return Object.fromEntries((listFiles(dir) as string[]).map((rel) => [rel, crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, rel))).digest('hex')]));
}

describe('release', () => {
  it('the source archive rebuilds byte-identical Chrome and Firefox packages', () => {
    const archive = path.join(work, 'source.zip');
    zipFiles(ROOT, sourceFiles(ROOT), archive);
    const unpacked = path.join(work, 'source');
    const names = unzipTo(archive, unpacked) as string[];
    expect(names).toContain('BUILD.md');
    expect(names).toContain('package-lock.json');
    expect(names.some((name) => name.startsWith('node_modules/') || name.startsWith('dist'))).toBe(false);

    // The reference: this tree built into folders of its own (the real dist/ may be stale here).
    const reference = { chrome: path.join(work, 'ref-chrome'), firefox: path.join(work, 'ref-firefox') };
    run(ROOT, ['exec', '--', 'vite', 'build', '--logLevel', 'error'], { SHOPWATCH_OUT_DIR: reference.chrome });
    run(ROOT, ['exec', '--', 'vite', 'build', '--mode', 'firefox', '--logLevel', 'error'], { SHOPWATCH_OUT_DIR: reference.firefox });

    // BUILD.md's two commands, in the unpacked archive (the npm cache makes `npm ci` work offline).
    run(unpacked, ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts']);
    run(unpacked, ['run', 'build']);

    const rebuilt = { chrome: hashes(path.join(unpacked, 'dist')), firefox: hashes(path.join(unpacked, 'dist-firefox')) };
    expect(Object.keys(rebuilt.chrome).length).toBeGreaterThan(10);
    expect(rebuilt.chrome).toEqual(hashes(reference.chrome));
    expect(rebuilt.firefox).toEqual(hashes(reference.firefox));
    const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
    expect(JSON.parse(fs.readFileSync(path.join(unpacked, 'dist', 'manifest.json'), 'utf8')).version).toBe(version);
  }, 300_000);
});
