/**
 * The IndexedDB upgrade runs one step per version from the database's own version (issue #18):
 * a future version must migrate the current database without recreating (and failing on) what
 * earlier versions created.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, MIGRATIONS, openDatabase, upgradeDatabase } from '../../src/shared/db/database';
import { listHistory, recordVisit } from '../../src/shared/db/store';

const name = (tag: string) => `upgrade-${tag}-${Date.now()}-${Math.random()}`;

describe('IndexedDB upgrade by oldVersion', () => {
  it('a step added for the next version upgrades the current database and keeps its data', async () => {
    const dbName = name('next');
    const current = await openDatabase(dbName);
    expect(current.version).toBe(DB_VERSION);
    await recordVisit(current, { key: 'kept-shop.de', kind: 'shop', label: 'kept-shop.de', lastLevel: 'high', lastScore: 70 }, 1000);
    current.close();

    const seen: number[] = [];
    const withNext = new Map(MIGRATIONS).set(DB_VERSION + 1, async (db, oldVersion) => {
      seen.push(oldVersion);
      (db as unknown as IDBDatabase).createObjectStore('future');
    });
    const next = await openDatabase(dbName, DB_VERSION + 1, withNext);
    expect(next.version).toBe(DB_VERSION + 1);
    expect(seen).toEqual([DB_VERSION]);
    expect([...next.objectStoreNames].sort()).toEqual(['connections', 'future', 'history', 'identities', 'marks', 'reports', 'siteProfiles']);
    expect((await listHistory(next)).map((e) => e.key)).toEqual(['kept-shop.de']);
    next.close();
  });

  it('a fresh database runs every step up to the current version', async () => {
    const db = await openDatabase(name('fresh'));
    expect([...db.objectStoreNames].sort()).toEqual(['connections', 'history', 'identities', 'marks', 'reports', 'siteProfiles']);
    db.close();
  });

  it('reopening at the same version runs no step', async () => {
    let calls = 0;
    const counting = new Map([...MIGRATIONS].map(([v, step]) => [v, (async (...args: Parameters<typeof step>) => { calls++; await step(...args); }) as typeof step]));
    const dbName = name('same');
    (await openDatabase(dbName, DB_VERSION, counting)).close();
    (await openDatabase(dbName, DB_VERSION, counting)).close();
    expect(calls).toBe(MIGRATIONS.size); // every step once, on the first open only
    expect(typeof upgradeDatabase).toBe('function');
  });
});
