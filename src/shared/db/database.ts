import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { HistoryEntrySchema, type HistoryEntry, type Report, type SiteMarkRecord } from './schema';
import type { SiteProfile } from '../site-profile';
import type { ConnectionRecord, IdentityRecord } from '../identity';

/**
 * IndexedDB for lasting user data: the history of checked shops and sellers, reports, marks and
 * the sites' evidence profiles, identities and connections. Each version has one step (MIGRATIONS):
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

type UpgradeDb = IDBPDatabase<ShopwatchDB>;
type UpgradeTx = IDBPTransaction<ShopwatchDB, StoreNames<ShopwatchDB>[], 'versionchange'>;

interface V1Site {
  site: string;
  level: 'low' | 'medium' | 'high';
  lastSeen: number;
}

/** v0/v1 → v2: create the v2 stores; from v1, carry every old site over (records that do not parse are dropped). */
async function toVersion2(db: UpgradeDb, oldVersion: number, tx: UpgradeTx): Promise<void> {
  db.createObjectStore('history', { keyPath: 'key' }).createIndex('lastSeen', 'lastSeen');
  db.createObjectStore('reports', { keyPath: 'id' }).createIndex('createdAt', 'createdAt');
  db.createObjectStore('marks', { keyPath: 'site' });
  if (oldVersion !== 1) return;
  const untyped = tx as unknown as { objectStore(name: string): { getAll(): Promise<unknown[]> } };
  const old = (await untyped.objectStore('sites').getAll()) as V1Site[];
  for (const record of old) {
    const entry = HistoryEntrySchema.safeParse({ key: record.site, kind: 'shop', label: record.site, lastLevel: record.level, lastScore: 0, firstSeen: record.lastSeen, lastSeen: record.lastSeen, count: 1 });
    if (entry.success) await tx.objectStore('history').put(entry.data);
  }
  (db as unknown as IDBDatabase).deleteObjectStore('sites');
}

/** v3: what each page of a site showed (issue 15: the site evidence profile, 30 days). */
async function toVersion3(db: UpgradeDb): Promise<void> {
  db.createObjectStore('siteProfiles', { keyPath: 'key' }).createIndex('updatedAt', 'updatedAt');
}

/** v4: identities of shops and sellers, indexed by identifier, and the connections between them (issue 17). */
async function toVersion4(db: UpgradeDb): Promise<void> {
  const identities = db.createObjectStore('identities', { keyPath: 'key' });
  identities.createIndex('ident', 'ident');
  identities.createIndex('subject', 'subject');
  identities.createIndex('seenAt', 'seenAt');
  const connections = db.createObjectStore('connections', { keyPath: 'key' });
  connections.createIndex('a', 'a');
  connections.createIndex('b', 'b');
  connections.createIndex('lastSeen', 'lastSeen');
}

/**
 * One step per version, run in order from the database's version: a database at v2 runs only the
 * steps after v2, so each version adds its step here and migrates from the one before without
 * touching what earlier versions created.
 */
export const MIGRATIONS: ReadonlyMap<number, (db: UpgradeDb, oldVersion: number, tx: UpgradeTx) => Promise<void>> = new Map([
  [2, toVersion2],
  [3, toVersion3],
  [4, toVersion4],
]);

export async function upgradeDatabase(db: UpgradeDb, oldVersion: number, newVersion: number, tx: UpgradeTx, migrations = MIGRATIONS): Promise<void> {
  for (let version = oldVersion + 1; version <= newVersion; version++) await migrations.get(version)?.(db, oldVersion, tx);
}

export function openDatabase(name = DB_NAME, version = DB_VERSION, migrations = MIGRATIONS): Promise<IDBPDatabase<ShopwatchDB>> {
  return openDB<ShopwatchDB>(name, version, {
    upgrade: (db, oldVersion, newVersion, tx) => upgradeDatabase(db, oldVersion, newVersion ?? version, tx, migrations),
  });
}
