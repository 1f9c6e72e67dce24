/**
 * A browsing session replayed (issue 17): pages in order through the background's own logic — site
 * profiles, identities, connections, checkout memory — kept in memory, each verdict as the
 * extension would have shown it at that moment.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { EngineConfig } from '../engine';
import { analyseFile, newReplay, type PageAnalysis } from './analyse-file';
import { CliInputError, parsePageUrl } from './read-page';

export interface SessionStep {
  file: string;
  url: string;
}

/** One `{"file", "url"}` a line; `file` relative to the session file's folder. */
export function readSession(sessionFile: string): SessionStep[] {
  let text: string;
  try {
    text = fs.readFileSync(sessionFile, 'utf8');
  } catch {
    throw new CliInputError(`cannot read ${sessionFile}`);
  }
  const dir = path.dirname(sessionFile);
  return text.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    let entry: { file?: unknown; url?: unknown };
    try {
      entry = JSON.parse(line) as { file?: unknown; url?: unknown };
    } catch {
      throw new CliInputError(`${sessionFile}:${i + 1}: not JSON`);
    }
    if (typeof entry.file !== 'string' || typeof entry.url !== 'string') throw new CliInputError(`${sessionFile}:${i + 1}: needs "file" and "url"`);
    return [{ file: path.resolve(dir, entry.file), url: parsePageUrl(entry.url) }];
  });
}

/** Each page's analysis in order; `config` without `now` gets the time each page is read. */
export async function* replaySession(steps: SessionStep[], config: Omit<EngineConfig, 'now'> & { now?: number } = { sensitivity: 'normal', siteMark: null }): AsyncGenerator<PageAnalysis> {
  const replay = newReplay();
  for (const step of steps) yield await analyseFile(step.file, step.url, { ...config, now: config.now ?? Date.now() }, replay);
}
