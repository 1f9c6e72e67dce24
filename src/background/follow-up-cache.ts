import { browser } from '../shared/platform';
import { ImpressumDetailsSchema } from '../shared/facts-shop';
import { MarketplaceFactsSchema } from '../shared/facts-marketplace';
import { z } from '../shared/zod';

/**
 * Cache for the follow-up pages the content script reads (a shop's Impressum, a marketplace
 * seller's profile). It also counts fetch attempts, so one shop or seller costs at most
 * `maxAttempts` requests however many of its pages the shopper opens.
 */
function createFollowUpCache<T extends z.ZodType>(options: { prefix: string; schema: T; area: 'session' | 'local'; ttlMs: number; maxAttempts: number }) {
  const EntrySchema = z.object({ value: options.schema.nullable(), attempts: z.number().int(), storedAt: z.number() });
  const storage = browser.storage[options.area];
  const keyFor = (key: string) => `${options.prefix}:${key}`;

  type Entry = { value: z.infer<T> | null; attempts: number; storedAt: number };
  async function readEntry(key: string): Promise<Entry | null> {
    const parsed = EntrySchema.safeParse((await storage.get(keyFor(key)))[keyFor(key)]);
    if (!parsed.success) return null;
    const entry = parsed.data as Entry;
    return Date.now() - entry.storedAt < options.ttlMs ? entry : null;
  }

  return {
    /** Cached value, and whether the caller may fetch once more (that attempt is counted now). */
    async get(key: string, allowed: boolean): Promise<{ value: z.infer<T> | null; mayFetch: boolean }> {
      const entry = await readEntry(key);
      if (entry?.value) return { value: entry.value, mayFetch: false };
      const attempts = entry?.attempts ?? 0;
      if (!allowed || attempts >= options.maxAttempts) return { value: null, mayFetch: false };
      await storage.set({ [keyFor(key)]: { value: null, attempts: attempts + 1, storedAt: entry?.storedAt ?? Date.now() } });
      return { value: null, mayFetch: true };
    },
    async put(key: string, value: z.infer<T> | null): Promise<void> {
      const entry = await readEntry(key);
      await storage.set({ [keyFor(key)]: { value, attempts: entry?.attempts ?? 1, storedAt: Date.now() } });
    },
  };
}

const DAY = 24 * 60 * 60 * 1000;
/** Per site, for this browser session (issue #4: at most 3 requests per site). */
export const impressumCache = createFollowUpCache({ prefix: 'impressum', schema: ImpressumDetailsSchema, area: 'session', ttlMs: DAY, maxAttempts: 3 });
/** Per seller, for a day across restarts (issue #5). */
export const sellerCache = createFollowUpCache({ prefix: 'seller', schema: MarketplaceFactsSchema, area: 'local', ttlMs: DAY, maxAttempts: 2 });
