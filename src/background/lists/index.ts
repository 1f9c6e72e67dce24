import type { SiteListing } from '../../shared/lists/listing';
import { isKnownGood } from '../../shared/lists/known-good';
import { ListsStatusSchema, type ListsStatus } from '../../shared/lists/list-records';
import { hasHostAccess } from '../../shared/host-access';
import { readSettings } from '../settings';
import { listsDatabase } from './list-db';
import { clearLists, lookupListing, readSources } from './list-store';
import { ensureDefaultSources, updateSource } from './update-lists';

/**
 * The background's door to the fake-shop lists. Other parts (page scoring, the early badge,
 * the sentinel) ask `listingForHost`; nothing else reads the list store.
 */
export async function listingForHost(host: string): Promise<SiteListing> {
  try {
    return await lookupListing(await listsDatabase(), host);
  } catch (error) {
    console.warn('[Shopwatch] list lookup failed', error);
    return { hits: [], knownGood: isKnownGood(host) };
  }
}

/** True when a list names this host as fraudulent (for the sentinel: worth a closer look at once). */
export async function isListedAsFraud(host: string): Promise<boolean> {
  return (await listingForHost(host)).hits.some((hit) => hit.severity === 'fraud');
}

const RECHECK_AFTER_MS = 20 * 60 * 60 * 1000;


/**
 * Download every list with an address, when list updates are on. The daily alarm skips lists
 * checked in the last 20 hours (the alarm is re-created at each browser start); "update now" forces.
 */
export async function runListUpdates(force: boolean): Promise<ListsStatus> {
  const settings = await readSettings();
  const db = await listsDatabase();
  await ensureDefaultSources(db);
  if (settings.listUpdates) {
    const now = Date.now();
    for (const source of await readSources(db)) {
      if (!source.url || (!force && source.checkedAt !== null && now - source.checkedAt < RECHECK_AFTER_MS)) continue;
      await updateSource(db, source, { now, mayFetch: hasHostAccess });
    }
  }
  return listsStatus();
}

export async function listsStatus(): Promise<ListsStatus> {
  const db = await listsDatabase();
  await ensureDefaultSources(db);
  const settings = await readSettings();
  return ListsStatusSchema.parse({ updatesOn: settings.listUpdates, sources: (await readSources(db)).slice(0, 50) });
}

/** "Delete all data": the downloaded and added lists go too; Watchlist's source comes back empty. */
export async function forgetLists(): Promise<void> {
  const db = await listsDatabase();
  await clearLists(db);
  await ensureDefaultSources(db);
}
