import { browser } from '../shared/platform';
import { deleteEntries, pruneHistory } from '../shared/db/store';
import { z } from '../shared/zod';
import { domainAgeStore } from './domain-age';
import { impressumCache, sellerCache } from './follow-up-cache';
import { tamperStore } from './guard-tamper';
import { database } from './history';
import { createKeyedStore, type PrunableStore } from './prunable';
import { identitiesPrunable, siteProfilesPrunable } from './site';

/** A report's screenshot waits in storage.session only until the report page takes it (at most an hour). */
export const captureStore = createKeyedStore({
  name: 'report-screenshots',
  area: 'session',
  prefix: 'capture',
  ttlMs: 60 * 60 * 1000,
  schema: z.object({ image: z.string().startsWith('data:image/').max(8_000_000), at: z.number() }),
  timeOf: (c) => c.at,
});

/** What releases before the site profile kept per site ("memory:*" in storage.local): removed at the first pruning. */
const legacySiteMemory = createKeyedStore({ name: 'legacy-site-memory', area: 'local', prefix: 'memory', ttlMs: 0, schema: z.unknown(), timeOf: () => 0 });

/** The history of checked shops and sellers (IndexedDB): kept for the retention period only. */
const historyStore: PrunableStore = {
  name: 'history',
  prune: async (now, retentionDays) => pruneHistory(await database(), retentionDays, now),
  clear: async (key) => deleteEntries(await database(), 'history', key),
};

/**
 * Every store that keeps something about a site or seller. Pruned on a schedule (alarm), when
 * the worker starts, when the retention setting changes, and cleared on "delete history".
 * A new per-site store joins by adding itself here.
 */
export const PRUNABLE_STORES: readonly PrunableStore[] = [historyStore, siteProfilesPrunable, identitiesPrunable, legacySiteMemory, sellerCache, impressumCache, tamperStore, captureStore, domainAgeStore];

export const PRUNE_ALARM = 'shopwatch-prune';
const PRUNE_EVERY_MINUTES = 6 * 60;

/** One failing store does not stop the others; returns how many entries each removed. */
export async function pruneAll(now: number, retentionDays: number, stores = PRUNABLE_STORES): Promise<Record<string, number>> {
  const removed: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const store of stores) {
    removed[store.name] = await store.prune(now, retentionDays).catch((error: unknown) => {
      console.warn('[Shopwatch] pruning failed', store.name, error);
      return 0;
    });
  }
  return removed;
}

/** "Delete history" (key null) or one entry of it: the same site's or seller's other records go too. */
export async function clearHistory(key: string | null, stores = PRUNABLE_STORES): Promise<void> {
  for (const store of stores) await store.clear(key);
}

/** Create the pruning alarm unless it exists (re-creating it on every wake-up would reset its clock). */
export async function ensurePruneAlarm(): Promise<void> {
  if (!(await browser.alarms.get(PRUNE_ALARM))) await browser.alarms.create(PRUNE_ALARM, { delayInMinutes: 1, periodInMinutes: PRUNE_EVERY_MINUTES });
}
