import type { IDBPDatabase } from 'idb';
import type { ShopwatchDB } from '../../shared/db/database';
import { writing } from '../../shared/db/store';
import { PROFILE_LIMITS, SiteProfileSchema, type SiteProfile } from '../../shared/site-profile';

/**
 * Where site evidence profiles live. The extension keeps them in IndexedDB; the CLI's session
 * replay and the tests use the in-memory store. Both validate what they read and keep at most
 * PROFILE_LIMITS.sites profiles (the least recently updated goes first).
 */
export interface SiteProfileStore {
  /** With `now`, a profile not updated for 30 days reads as unknown and is removed (reads prune too). */
  get(key: string, now?: number): Promise<SiteProfile | null>;
  put(profile: SiteProfile): Promise<void>;
  /** One profile, or all of them (null). */
  delete(key: string | null): Promise<void>;
  /** Forget profiles not updated since `before` (ms since epoch); returns how many went. */
  prune(before: number): Promise<number>;
}

function parsed(raw: unknown): SiteProfile | null {
  const result = SiteProfileSchema.safeParse(raw);
  return result.success ? result.data : null;
}

const expired = (profile: SiteProfile, now: number | undefined) => now !== undefined && now - profile.updatedAt >= PROFILE_LIMITS.maxAgeMs;

export function memoryProfileStore(maxSites: number = PROFILE_LIMITS.sites): SiteProfileStore {
  const profiles = new Map<string, SiteProfile>();
  return {
    async get(key, now) {
      const profile = parsed(profiles.get(key));
      if (!profile || !expired(profile, now)) return profile;
      profiles.delete(key);
      return null;
    },
    async put(profile) {
      profiles.delete(profile.key);
      profiles.set(profile.key, structuredClone(SiteProfileSchema.parse(profile)));
      const oldestFirst = [...profiles.values()].sort((a, b) => a.updatedAt - b.updatedAt);
      for (const old of oldestFirst.slice(0, Math.max(0, profiles.size - maxSites))) profiles.delete(old.key);
    },
    async delete(key) {
      if (key === null) profiles.clear();
      else profiles.delete(key);
    },
    async prune(before) {
      const old = [...profiles.values()].filter((p) => p.updatedAt < before);
      for (const profile of old) profiles.delete(profile.key);
      return old.length;
    },
  };
}

export function idbProfileStore(database: () => Promise<IDBPDatabase<ShopwatchDB>>, maxSites: number = PROFILE_LIMITS.sites): SiteProfileStore {
  return {
    async get(key, now) {
      const db = await database();
      const profile = parsed(await db.get('siteProfiles', key));
      if (!profile || !expired(profile, now)) return profile;
      await db.delete('siteProfiles', key);
      return null;
    },
    async put(profile) {
      const valid = SiteProfileSchema.parse(profile);
      const db = await database();
      await writing(async () => {
        const tx = db.transaction('siteProfiles', 'readwrite');
        await tx.store.put(valid);
        let excess = (await tx.store.count()) - maxSites;
        for (let cursor = await tx.store.index('updatedAt').openCursor(); cursor && excess > 0; cursor = await cursor.continue()) {
          if (cursor.primaryKey === valid.key) continue;
          await cursor.delete();
          excess--;
        }
        await tx.done;
      });
    },
    async delete(key) {
      const db = await database();
      if (key === null) await db.clear('siteProfiles');
      else await db.delete('siteProfiles', key);
    },
    async prune(before) {
      const tx = (await database()).transaction('siteProfiles', 'readwrite');
      let removed = 0;
      for (let cursor = await tx.store.index('updatedAt').openCursor(IDBKeyRange.upperBound(before, true)); cursor; cursor = await cursor.continue()) {
        await cursor.delete();
        removed++;
      }
      await tx.done;
      return removed;
    },
  };
}
