import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { HistoryEntrySchema, type HistoryEntry, type Report, type SiteMarkRecord } from './schema';
import type { SiteProfile } from '../site-profile';
import type { ConnectionRecord, IdentityRecord } from '../identity';

/**
 * IndexedDB for lasting user data: the history of checked shops and sellers, reports, marks and
 * the sites' evidence profiles. Each version's step runs once, switched on `oldVersion`:
 * v1 (0.1 previews) had one store "sites" keyed by site with {site, level, lastSeen};
 * v2 renames it to "history" in the HistoryEntry shape and adds "reports" and "marks";
 * v3 adds "siteProfiles" (issue 15: what each page of a site showed, 30 days);
 * v4 adds "identities" and "connections" (issue 17: who is behind a shop or seller, and who shares it).
 */
export interface ShopwatchDB extends DBSchema {
  history: { key: string; value: HistoryEntry; indexes: { lastSeen: number } };
  reports: { key: string; value: Report; indexes: { createdAt: number } };
  /** "I trust this shop" / "suspicious", per site; honoured by the score. */
  marks: { key: string; value: SiteMarkRecord };
  /** Per site or marketplace seller: the evidence its pages showed (src/shared/site-profile.ts). */
  siteProfiles: { key: string; value: SiteProfile; indexes: { updatedAt: number } };
  /** One identifier (IBAN, VAT id …) a site or seller showed; `ident` is the index two subjects meet on. */
  identities: { key: string; value: IdentityRecord; indexes: { ident: string; subject: string; seenAt: number } };
  /** Two subjects sharing a strong identifier (src/shared/identity.ts). */
  connections: { key: string; value: ConnectionRecord; indexes: { a: string; b: string; lastSeen: number } };
}

export const DB_NAME = 'shopwatch';
export const DB_VERSION = 4;

interface V1Site {
  site: string;
  level: 'low' | 'medium' | 'high';
  lastSeen: number;
}

export function openDatabase(name = DB_NAME): Promise<IDBPDatabase<ShopwatchDB>> {
  return openDB<ShopwatchDB>(name, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 2) {
        const history = db.createObjectStore('history', { keyPath: 'key' });
        history.createIndex('lastSeen', 'lastSeen');
        db.createObjectStore('reports', { keyPath: 'id' }).createIndex('createdAt', 'createdAt');
        db.createObjectStore('marks', { keyPath: 'site' });
      }
      if (oldVersion === 1) {
        // Migration v1 → v2: carry every old site over; drop records that do not parse.
        const untyped = tx as unknown as { objectStore(name: string): { getAll(): Promise<unknown[]> } };
        const old = (await untyped.objectStore('sites').getAll()) as V1Site[];
        for (const record of old) {
          const entry = HistoryEntrySchema.safeParse({ key: record.site, kind: 'shop', label: record.site, lastLevel: record.level, lastScore: 0, firstSeen: record.lastSeen, lastSeen: record.lastSeen, count: 1 });
          if (entry.success) await tx.objectStore('history').put(entry.data);
        }
        (db as unknown as IDBDatabase).deleteObjectStore('sites');
      }
      if (oldVersion < 3) {
        db.createObjectStore('siteProfiles', { keyPath: 'key' }).createIndex('updatedAt', 'updatedAt');
      }
      if (oldVersion < 4) {
        const identities = db.createObjectStore('identities', { keyPath: 'key' });
        identities.createIndex('ident', 'ident');
        identities.createIndex('subject', 'subject');
        identities.createIndex('seenAt', 'seenAt');
        const connections = db.createObjectStore('connections', { keyPath: 'key' });
        connections.createIndex('a', 'a');
        connections.createIndex('b', 'b');
        connections.createIndex('lastSeen', 'lastSeen');
      }
    },
  });
}
