import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { HistoryEntrySchema, type HistoryEntry, type Report, type SiteMarkRecord } from './schema';

/**
 * IndexedDB for lasting user data: the history of checked shops and sellers, and reports.
 * v1 (0.1 previews) had one store "sites" keyed by site with {site, level, lastSeen};
 * v2 renames it to "history" in the HistoryEntry shape and adds "reports" and "marks".
 */
export interface ShopwatchDB extends DBSchema {
  history: { key: string; value: HistoryEntry; indexes: { lastSeen: number } };
  reports: { key: string; value: Report; indexes: { createdAt: number } };
  /** "I trust this shop" / "suspicious", per site; honoured by the score. */
  marks: { key: string; value: SiteMarkRecord };
}

export const DB_NAME = 'shopwatch';
export const DB_VERSION = 2;

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

/**
 * One step per version, run in order from the database's version: a database at v2 runs only the
 * steps after v2, so a future v3 adds `3: toVersion3` here and migrates from v2 without touching
 * what v2 created.
 */
export const MIGRATIONS: ReadonlyMap<number, (db: UpgradeDb, oldVersion: number, tx: UpgradeTx) => Promise<void>> = new Map([[2, toVersion2]]);

export async function upgradeDatabase(db: UpgradeDb, oldVersion: number, newVersion: number, tx: UpgradeTx, migrations = MIGRATIONS): Promise<void> {
  for (let version = oldVersion + 1; version <= newVersion; version++) await migrations.get(version)?.(db, oldVersion, tx);
}

export function openDatabase(name = DB_NAME, version = DB_VERSION, migrations = MIGRATIONS): Promise<IDBPDatabase<ShopwatchDB>> {
  return openDB<ShopwatchDB>(name, version, {
    upgrade: (db, oldVersion, newVersion, tx) => upgradeDatabase(db, oldVersion, newVersion ?? version, tx, migrations),
  });
}
