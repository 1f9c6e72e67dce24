// Deterministic zip archives for the release: sorted entries and a fixed date, so the same files
// always give the same archive. fflate does the compression.
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';

/** 1980-01-01, the earliest date a zip entry can carry: no build time leaks into the archive. */
const FIXED_DATE = new Date(1980, 0, 1, 0, 0, 0);

/** All files under `dir`, as forward-slash paths relative to it, sorted. */
export function listFiles(dir) {
  const out = [];
  const walk = (sub) => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (entry.isFile()) out.push(rel);
    }
  };
  walk('');
  return out.sort();
}

/** Zip the given files (paths relative to `root`) into `outFile`. */
export function zipFiles(root, files, outFile) {
  const entries = {};
  for (const rel of [...files].sort()) entries[rel] = [fs.readFileSync(path.join(root, rel)), { mtime: FIXED_DATE, level: 9 }];
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, zipSync(entries));
}

/** Unzip `zipFile` into `dir`, refusing entries that would leave it. */
export function unzipTo(zipFile, dir) {
  const entries = unzipSync(fs.readFileSync(zipFile));
  for (const [name, data] of Object.entries(entries)) {
    if (name.endsWith('/')) continue;
    const target = path.resolve(dir, name);
    if (!target.startsWith(path.resolve(dir) + path.sep)) throw new Error(`unsafe entry in ${zipFile}: ${name}`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, data);
  }
  return Object.keys(entries).filter((name) => !name.endsWith('/')).sort();
}
