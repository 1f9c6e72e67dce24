// Which files make the source archive AMO asks for: everything git tracks (so a clean clone and
// the archive hold the same), read from the working tree.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export function sourceFiles(root) {
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  // A tracked file deleted in the working tree is not part of the source.
  return tracked.filter((file) => fs.existsSync(path.join(root, file))).sort();
}
