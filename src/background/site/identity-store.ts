import type { IDBPDatabase } from 'idb';
import type { ShopwatchDB } from '../../shared/db/database';
import { writing } from '../../shared/db/store';
import { ConnectionRecordSchema, IDENTITY_LIMITS, IdentityRecordSchema, type ConnectionRecord, type Identity, type IdentityRecord } from '../../shared/identity';
import { bandKeys } from '../../shared/minhash';

/**
 * Where identities and connections live (issue 17): IndexedDB in the extension, memory in the
 * CLI's session replay and in tests. Records are indexed by identifier (`ident`), so finding who
 * else showed an IBAN is one lookup; fingerprints are found through their MinHash bands.
 */
export interface IdentityStore {
  /** Remember what a subject (site or seller) showed on a page; bounded per subject and in total. */
  record(subject: { key: string; label: string }, identities: Identity[], path: string, now: number): Promise<void>;
  /** Every subject's record of one identifier (`${kind}|${value}`). */
  holders(ident: string): Promise<IdentityRecord[]>;
  fingerprint(subject: string, kind: 'impressum' | 'template'): Promise<number[] | null>;
  getConnection(key: string): Promise<ConnectionRecord | null>;
  putConnection(connection: ConnectionRecord): Promise<void>;
  /** Connections of one subject, or all (null); removed ones included. */
  connections(subject: string | null): Promise<ConnectionRecord[]>;
  /** A subject's identities and connections, or everything (null). */
  delete(subject: string | null): Promise<void>;
  /** Forget identities and connections last seen before `before`. */
  prune(before: number): Promise<void>;
}

/** The records one page adds: each identifier, and for a fingerprint its bands too. */
export function recordsOf(subject: { key: string; label: string }, identities: Identity[], path: string, now: number): IdentityRecord[] {
  const base = { subject: subject.key.slice(0, 300), label: subject.label.slice(0, 300), path: path.slice(0, 200), firstSeen: now, seenAt: now };
  return identities.flatMap((id) => {
    const own: IdentityRecord = { ...base, key: `${subject.key}|${id.kind}|${id.value}`, ident: `${id.kind}|${id.value}`, kind: id.kind, value: id.value, display: id.display, ...(id.signature ? { signature: id.signature } : {}) };
    if (!id.signature || (id.kind !== 'impressum' && id.kind !== 'template')) return [own];
    const bandKind = id.kind === 'impressum' ? 'impressum-band' : 'template-band';
    return [own, ...bandKeys(id.signature).map((band) => ({ ...base, key: `${subject.key}|${bandKind}|${band}`, ident: `${bandKind}|${band}`, kind: bandKind, value: band, display: '' }) as IdentityRecord)];
  });
}

const parse = <T>(schema: { safeParse(raw: unknown): { success: true; data: T } | { success: false } }, raw: unknown): T | null => {
  const result = schema.safeParse(raw);
  return result.success ? result.data : null;
};

/** Which records to drop so that a subject keeps `perSubject` and the store `total` (least recently seen first). */
function excess(records: IdentityRecord[], subject: string): IdentityRecord[] {
  const own = records.filter((r) => r.subject === subject).sort((a, b) => a.seenAt - b.seenAt);
  const drop = new Set(own.slice(0, Math.max(0, own.length - IDENTITY_LIMITS.perSubject)));
  const rest = records.filter((r) => !drop.has(r)).sort((a, b) => a.seenAt - b.seenAt);
  for (const r of rest.slice(0, Math.max(0, rest.length - IDENTITY_LIMITS.total))) drop.add(r);
  return [...drop];
}

/** A subject's fingerprint changed: its old bands go, or the old text would still match. */
function staleBands(existing: IdentityRecord[], fresh: IdentityRecord[]): IdentityRecord[] {
  const freshKeys = new Set(fresh.map((r) => r.key));
  const renewed = new Set(fresh.filter((r) => r.kind === 'impressum-band' || r.kind === 'template-band').map((r) => r.kind));
  return existing.filter((r) => renewed.has(r.kind) && !freshKeys.has(r.key));
}

export function memoryIdentityStore(): IdentityStore {
  const records = new Map<string, IdentityRecord>();
  const connections = new Map<string, ConnectionRecord>();
  return {
    async record(subject, identities, path, now) {
      const fresh = recordsOf(subject, identities, path, now);
      for (const old of staleBands([...records.values()].filter((r) => r.subject === subject.key), fresh)) records.delete(old.key);
      for (const record of fresh) records.set(record.key, { ...record, firstSeen: records.get(record.key)?.firstSeen ?? now });
      for (const old of excess([...records.values()], subject.key)) records.delete(old.key);
    },
    async holders(ident) {
      return [...records.values()].filter((r) => r.ident === ident).map((r) => structuredClone(r));
    },
    async fingerprint(subject, kind) {
      return records.get(`${subject}|${kind}|sig`)?.signature ?? null;
    },
    async getConnection(key) {
      return parse(ConnectionRecordSchema, connections.get(key));
    },
    async putConnection(connection) {
      connections.set(connection.key, structuredClone(ConnectionRecordSchema.parse(connection)));
      const oldest = [...connections.values()].sort((a, b) => a.lastSeen - b.lastSeen);
      for (const old of oldest.slice(0, Math.max(0, connections.size - IDENTITY_LIMITS.connections))) connections.delete(old.key);
    },
    async connections(subject) {
      return [...connections.values()].filter((c) => subject === null || c.a === subject || c.b === subject).map((c) => structuredClone(c));
    },
    async delete(subject) {
      for (const r of [...records.values()]) if (subject === null || r.subject === subject) records.delete(r.key);
      for (const c of [...connections.values()]) if (subject === null || c.a === subject || c.b === subject) connections.delete(c.key);
    },
    async prune(before) {
      for (const r of [...records.values()]) if (r.seenAt < before) records.delete(r.key);
      for (const c of [...connections.values()]) if (c.lastSeen < before) connections.delete(c.key);
    },
  };
}

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
      for (let c = await tx.objectStore('identities').index('seenAt').openCursor(range); c; c = await c.continue()) await c.delete();
      for (let c = await tx.objectStore('connections').index('lastSeen').openCursor(range); c; c = await c.continue()) await c.delete();
      await tx.done;
    },
  };
}
