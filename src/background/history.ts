import type { IDBPDatabase } from 'idb';
import { openDatabase, type ShopwatchDB } from '../shared/db/database';
import { pruneHistory, recordVisit, StorageFullError } from '../shared/db/store';
import type { PageFacts } from '../shared/facts';
import { clearStorageProblem as clearArea, flagStorageProblem as flagArea } from './storage-write';
import type { RiskResult } from '../shared/result';
import { subjectOf } from '../shared/subject';

/** The connection is a cache, not state: a restarted worker simply opens it again. */
let connection: Promise<IDBPDatabase<ShopwatchDB>> | null = null;
export function database(): Promise<IDBPDatabase<ShopwatchDB>> {
  connection ??= openDatabase().catch((error: unknown) => {
    connection = null;
    throw error;
  });
  return connection;
}

/** A problem writing to IndexedDB is shown in the popup and options, not swallowed. */
export async function flagStorageProblem(error: unknown): Promise<void> {
  await flagArea('idb', error instanceof StorageFullError ? 'full' : 'failed', error);
}

/** An IndexedDB write went through again: the earlier problem is over. */
export async function clearStorageProblem(): Promise<void> {
  await clearArea('idb');
}

/** History: one entry per shop (site) or marketplace seller. */
export async function recordHistory(site: string, facts: PageFacts, result: RiskResult): Promise<void> {
  const subject = subjectOf(site, facts.marketplace);
  try {
    await recordVisit(await database(), { key: subject.key, kind: subject.kind, label: subject.label, lastLevel: result.level, lastScore: result.score }, Date.now());
    await clearStorageProblem();
  } catch (error) {
    await flagStorageProblem(error);
  }
}

export async function applyRetention(retentionDays: number): Promise<void> {
  try {
    await pruneHistory(await database(), retentionDays, Date.now());
  } catch (error) {
    console.warn('[Shopwatch] pruning history failed', error);
  }
}
