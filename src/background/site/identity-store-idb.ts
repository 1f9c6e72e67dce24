import type { IDBPDatabase } from 'idb';
import type { ShopwatchDB } from '../../shared/db/database';
import { writing } from '../../shared/db/store';
import { ConnectionRecordSchema, IDENTITY_LIMITS, IdentityRecordSchema, type ConnectionRecord, type IdentityRecord } from '../../shared/identity';
import { parse, recordsOf, staleBands, type IdentityStore } from './identity-store';

/** The extension's identity store: IndexedDB stores "identities" (indexed by identifier, subject, last seen) and "connections". */
export function idbIdentityStore(database: () => Promise<IDBPDatabase<ShopwatchDB>>): IdentityStore {
  const valid = (raws: unknown[]) => raws.map((raw) => parse(IdentityRecordSchema, raw)).filter((r): r is IdentityRecord => r !== null);
  return {
    async record(subject, identities, path, now) {
      const db = await database();
      const fresh = recordsOf(subject, identities, path, now);
      await writing(async () => {
        const tx = db.transaction('identities', 'readwrite');
        const existing = valid(await tx.store.index('subject').getAll(subject.key));
        for (const old of staleBands(existing, fresh)) await tx.store.delete(old.key);
        const firstSeen = new Map(existing.map((r) => [r.key, r.firstSeen]));
        for (const record of fresh) await tx.store.put({ ...record, firstSeen: firstSeen.get(record.key) ?? now });
        const own = valid(await tx.store.index('subject').getAll(subject.key)).sort((a, b) => a.seenAt - b.seenAt);
        for (const old of own.slice(0, Math.max(0, own.length - IDENTITY_LIMITS.perSubject))) await tx.store.delete(old.key);
        let over = (await tx.store.count()) - IDENTITY_LIMITS.total;
        for (let cursor = await tx.store.index('seenAt').openCursor(); cursor && over > 0; cursor = await cursor.continue(), over--) await cursor.delete();
        await tx.done;
      });
    },
    async holders(ident) {
      return valid(await (await database()).getAllFromIndex('identities', 'ident', ident));
    },
    async fingerprint(subject, kind) {
      return parse(IdentityRecordSchema, await (await database()).get('identities', `${subject}|${kind}|sig`))?.signature ?? null;
    },
    async getConnection(key) {
      return parse(ConnectionRecordSchema, await (await database()).get('connections', key));
    },
    async putConnection(connection) {
      const db = await database();
      const record = ConnectionRecordSchema.parse(connection);
      await writing(async () => {
        const tx = db.transaction('connections', 'readwrite');
        await tx.store.put(record);
        let over = (await tx.store.count()) - IDENTITY_LIMITS.connections;
        for (let cursor = await tx.store.index('lastSeen').openCursor(); cursor && over > 0; cursor = await cursor.continue()) {
          if (cursor.primaryKey === record.key) continue;
          await cursor.delete();
          over--;
        }
        await tx.done;
      });
    },
    async connections(subject) {
      const db = await database();
      const raws = subject === null ? await db.getAll('connections') : [...(await db.getAllFromIndex('connections', 'a', subject)), ...(await db.getAllFromIndex('connections', 'b', subject))];
      return raws.map((raw) => parse(ConnectionRecordSchema, raw)).filter((c): c is ConnectionRecord => c !== null);
    },
    async delete(subject) {
      const db = await database();
      const tx = db.transaction(['identities', 'connections'], 'readwrite');
      if (subject === null) {
        await tx.objectStore('identities').clear();
        await tx.objectStore('connections').clear();
      } else {
        for (const key of await tx.objectStore('identities').index('subject').getAllKeys(subject)) await tx.objectStore('identities').delete(key);
        for (const index of ['a', 'b'] as const) for (const key of await tx.objectStore('connections').index(index).getAllKeys(subject)) await tx.objectStore('connections').delete(key);
      }
      await tx.done;
    },
    async prune(before) {
      const db = await database();
      const tx = db.transaction(['identities', 'connections'], 'readwrite');
      const range = IDBKeyRange.upperBound(before, true);
      let removed = 0;
      for (let c = await tx.objectStore('identities').index('seenAt').openCursor(range); c; c = await c.continue(), removed++) await c.delete();
      for (let c = await tx.objectStore('connections').index('lastSeen').openCursor(range); c; c = await c.continue()) await c.delete();
      await tx.done;
      return removed;
    },
  };
}
