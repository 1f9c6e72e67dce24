import { ConnectionRecordSchema, IDENTITY_LIMITS, type ConnectionRecord, type Identity, type IdentityRecord } from '../../shared/identity';
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
  /** Forget identities and connections last seen before `before`; returns how many identifiers went. */
  prune(before: number): Promise<number>;
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

export const parse = <T>(schema: { safeParse(raw: unknown): { success: true; data: T } | { success: false } }, raw: unknown): T | null => {
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
export function staleBands(existing: IdentityRecord[], fresh: IdentityRecord[]): IdentityRecord[] {
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
      const old = [...records.values()].filter((r) => r.seenAt < before);
      for (const r of old) records.delete(r.key);
      for (const c of [...connections.values()]) if (c.lastSeen < before) connections.delete(c.key);
      return old.length;
    },
  };
}
