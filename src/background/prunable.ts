import { browser } from '../shared/platform';
import type { z } from '../shared/zod';
import { writeItems } from './storage-write';

/**
 * Everything Shopwatch keeps about sites and sellers is a "prunable store": it forgets what is
 * older than its own lifetime or the shopper's retention setting (whichever is shorter), and
 * everything on "delete history". prunable-stores.ts lists them; a new store joins that list.
 */
export interface PrunableStore {
  name: string;
  /** Remove entries past their lifetime or the retention period (0 days = keep); returns how many. */
  prune(now: number, retentionDays: number): Promise<number>;
  /** "Delete history": every entry, or only those about one history key (a site or "amazon:ID"). */
  clear(historyKey: string | null): Promise<void>;
}

const DAY_MS = 86_400_000;

/** The shorter of a store's own lifetime and the retention setting. */
export function maxAgeMs(ttlMs: number, retentionDays: number): number {
  return retentionDays > 0 ? Math.min(ttlMs, retentionDays * DAY_MS) : ttlMs;
}

/**
 * A store of `prefix:key` items in storage.local or storage.session, each with a time. Reads
 * prune too: an expired or unreadable item is removed when it is met, not only on schedule.
 */
export function createKeyedStore<S extends z.ZodType>(options: { name: string; area: 'local' | 'session'; prefix: string; ttlMs: number; schema: S; timeOf: (value: z.infer<S>) => number }) {
  const storage = () => browser.storage[options.area];
  const itemKey = (key: string) => `${options.prefix}:${key}`;
  const isFresh = (value: z.infer<S>, now: number, retentionDays: number) => now - options.timeOf(value) < maxAgeMs(options.ttlMs, retentionDays);

  const store = {
    name: options.name,
    itemKey,
    async read(key: string, now: number, retentionDays: number): Promise<z.infer<S> | null> {
      const raw = (await storage().get(itemKey(key)))[itemKey(key)];
      if (raw === undefined) return null;
      const parsed = options.schema.safeParse(raw);
      if (parsed.success && isFresh(parsed.data, now, retentionDays)) return parsed.data;
      await storage().remove(itemKey(key));
      return null;
    },
    async write(key: string, value: z.infer<S>): Promise<boolean> {
      return writeItems(options.area, { [itemKey(key)]: value });
    },
    async remove(key: string): Promise<void> {
      await storage().remove(itemKey(key));
    },
    async prune(now: number, retentionDays: number): Promise<number> {
      const all = await storage().get(null);
      const stale = Object.entries(all)
        .filter(([key]) => key.startsWith(`${options.prefix}:`))
        .filter(([, raw]) => {
          const parsed = options.schema.safeParse(raw);
          return !parsed.success || !isFresh(parsed.data, now, retentionDays);
        })
        .map(([key]) => key);
      if (stale.length) await storage().remove(stale);
      return stale.length;
    },
    async clear(historyKey: string | null): Promise<void> {
      if (historyKey !== null) return storage().remove(itemKey(historyKey));
      const keys = Object.keys(await storage().get(null)).filter((key) => key.startsWith(`${options.prefix}:`));
      if (keys.length) await storage().remove(keys);
    },
  };
  return store satisfies PrunableStore;
}
