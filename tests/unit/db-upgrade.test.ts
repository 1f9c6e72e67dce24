/**
 * The IndexedDB upgrade runs one step per version from the database's own version (issue #18):
 * a future v3 must migrate a v2 database without recreating (and failing on) what v2 created.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, MIGRATIONS, openDatabase, upgradeDatabase } from '../../src/shared/db/database';
import { listHistory, recordVisit } from '../../src/shared/db/store';

const name = (tag: string) => `upgrade-${tag}-${Date.now()}-${Math.random()}`;

describe('IndexedDB upgrade by oldVersion', () => {
  it('a v3 step added to the migrations upgrades a v2 database and keeps its data', async () => {
    const dbName = name('v3');
    const v2 = await openDatabase(dbName);
    expect(v2.version).toBe(DB_VERSION);
    await recordVisit(v2, { key: 'kept-shop.de', kind: 'shop', label: 'kept-shop.de', lastLevel: 'high', lastScore: 70 }, 1000);
    v2.close();

    const seen: number[] = [];
    const withV3 = new Map(MIGRATIONS).set(3, async (db, oldVersion) => {
      seen.push(oldVersion);
      (db as unknown as IDBDatabase).createObjectStore('future');
    });
    const v3 = await openDatabase(dbName, 3, withV3);
    expect(v3.version).toBe(3);
    expect(seen).toEqual([2]);
    expect([...v3.objectStoreNames].sort()).toEqual(['future', 'history', 'marks', 'reports']);
    expect((await listHistory(v3)).map((e) => e.key)).toEqual(['kept-shop.de']);
    v3.close();
  });

  it('a fresh database runs every step up to the current version', async () => {
    const db = await openDatabase(name('fresh'));
    expect([...db.objectStoreNames].sort()).toEqual(['history', 'marks', 'reports']);
    db.close();
  });

  it('reopening at the same version runs no step', async () => {
    let calls = 0;
    const counting = new Map([...MIGRATIONS].map(([v, step]) => [v, (async (...args: Parameters<typeof step>) => { calls++; await step(...args); }) as typeof step]));
    const dbName = name('same');
    (await openDatabase(dbName, DB_VERSION, counting)).close();
    (await openDatabase(dbName, DB_VERSION, counting)).close();
    expect(calls).toBe(1);
    expect(typeof upgradeDatabase).toBe('function');
  });
});
