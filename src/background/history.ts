import type { IDBPDatabase } from 'idb';
import { openDatabase, type ShopwatchDB } from '../shared/db/database';
import { pruneHistory, recordVisit, StorageFullError } from '../shared/db/store';
import type { PageFacts } from '../shared/facts';
import { browser } from '../shared/platform';
import type { RiskResult } from '../shared/result';
import { subjectOf } from '../shared/subject';
import { PROFILE_LIMITS } from '../shared/site-profile';
import { idbProfileStore } from './site/profile-store';
import { idbIdentityStore } from './site/identity-store-idb';

/** The connection is a cache, not state: a restarted worker simply opens it again. */
let connection: Promise<IDBPDatabase<ShopwatchDB>> | null = null;
export function database(): Promise<IDBPDatabase<ShopwatchDB>> {
  connection ??= openDatabase().catch((error: unknown) => {
    connection = null;
    throw error;
  });
  return connection;
}

/** A problem writing lasting data is shown in the popup and options, not swallowed. */
export async function flagStorageProblem(error: unknown): Promise<void> {
  console.warn('[Shopwatch] storage write failed', error);
  await browser.storage.session.set({ storageProblem: error instanceof StorageFullError ? 'full' : 'failed' }).catch(() => undefined);
}

/** A write went through again: the earlier problem is over. */
export async function clearStorageProblem(): Promise<void> {
  await browser.storage.session.remove('storageProblem').catch(() => undefined);
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

/** History as long as the shopper chose; site evidence profiles 30 days at most (or less, if chosen). */
export async function applyRetention(retentionDays: number): Promise<void> {
  const now = Date.now();
  try {
    await pruneHistory(await database(), retentionDays, now);
    const profileDays = retentionDays > 0 ? Math.min(retentionDays * 86_400_000, PROFILE_LIMITS.maxAgeMs) : PROFILE_LIMITS.maxAgeMs;
    await idbProfileStore(database).prune(now - profileDays);
    // Identities and connections are kept as long as the history.
    if (retentionDays > 0) await idbIdentityStore(database).prune(now - retentionDays * 86_400_000);
  } catch (error) {
    console.warn('[Shopwatch] pruning history failed', error);
  }
}
