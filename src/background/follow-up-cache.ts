import { browser } from '../shared/platform';
import { ImpressumDetailsSchema } from '../shared/facts-shop';
import { MarketplaceFactsSchema } from '../shared/facts-marketplace';
import { z } from '../shared/zod';
import { maxAgeMs, type PrunableStore } from './prunable';
import { writeItems } from './storage-write';

/**
 * Cache for the follow-up pages the content script reads (a shop's Impressum, a marketplace
 * seller's profile). It also counts fetch attempts, so one shop or seller costs at most
 * `maxAttempts` requests however many of its pages the shopper opens. Entries older than a day
 * (or the retention setting) are removed when read and on the pruning schedule.
 */
function createFollowUpCache<T extends z.ZodType>(options: { name: string; prefix: string; schema: T; area: 'session' | 'local'; ttlMs: number; maxAttempts: number }) {
  const EntrySchema = z.object({ value: options.schema.nullable(), attempts: z.number().int(), storedAt: z.number() });
  const storage = () => browser.storage[options.area];
  const keyFor = (key: string) => `${options.prefix}:${key}`;
  const isFresh = (storedAt: number, now: number, retentionDays: number) => now - storedAt < maxAgeMs(options.ttlMs, retentionDays);

  type Entry = { value: z.infer<T> | null; attempts: number; storedAt: number };
  async function readEntry(key: string): Promise<Entry | null> {
    const raw = (await storage().get(keyFor(key)))[keyFor(key)];
    if (raw === undefined) return null;
    const parsed = EntrySchema.safeParse(raw);
    if (parsed.success && isFresh(parsed.data.storedAt, Date.now(), 0)) return parsed.data as Entry;
    await storage().remove(keyFor(key));
    return null;
  }

  const prunable: PrunableStore = {
    name: options.name,
    async prune(now, retentionDays) {
      const stale = Object.entries(await storage().get(null))
        .filter(([key]) => key.startsWith(`${options.prefix}:`))
        .filter(([, raw]) => {
          const parsed = EntrySchema.safeParse(raw);
          return !parsed.success || !isFresh(parsed.data.storedAt, now, retentionDays);
        })
        .map(([key]) => key);
      if (stale.length) await storage().remove(stale);
      return stale.length;
    },
    async clear(historyKey) {
      if (historyKey !== null) return storage().remove(keyFor(historyKey));
      const keys = Object.keys(await storage().get(null)).filter((key) => key.startsWith(`${options.prefix}:`));
      if (keys.length) await storage().remove(keys);
    },
  };

  return {
    ...prunable,
    /** Cached value, and whether the caller may fetch once more (that attempt is counted now). */
    async get(key: string, allowed: boolean): Promise<{ value: z.infer<T> | null; mayFetch: boolean }> {
      const entry = await readEntry(key);
      if (entry?.value) return { value: entry.value, mayFetch: false };
      const attempts = entry?.attempts ?? 0;
      if (!allowed || attempts >= options.maxAttempts) return { value: null, mayFetch: false };
      // A fetch whose attempt cannot be counted is not granted: the limit must hold.
      const counted = await writeItems(options.area, { [keyFor(key)]: { value: null, attempts: attempts + 1, storedAt: entry?.storedAt ?? Date.now() } });
      return { value: null, mayFetch: counted };
    },
    async put(key: string, value: z.infer<T> | null): Promise<void> {
      const entry = await readEntry(key);
      await writeItems(options.area, { [keyFor(key)]: { value, attempts: entry?.attempts ?? 1, storedAt: Date.now() } });
    },
  };
}

const DAY = 24 * 60 * 60 * 1000;
/** Per site, for this browser session (issue #4: at most 3 requests per site). */
export const impressumCache = createFollowUpCache({ name: 'impressum-cache', prefix: 'impressum', schema: ImpressumDetailsSchema, area: 'session', ttlMs: DAY, maxAttempts: 3 });
/** Per seller, for a day across restarts (issue #5). */
export const sellerCache = createFollowUpCache({ name: 'seller-profiles', prefix: 'seller', schema: MarketplaceFactsSchema, area: 'local', ttlMs: DAY, maxAttempts: 2 });
