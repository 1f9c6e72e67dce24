import { IDENTITY_KINDS, IDENTITY_LIMITS, type ConnectionRecord, type ConnectionView, type Identity, type IdentityKind, type SubjectStatus } from '../../shared/identity';
import { bandKeys, similarity } from '../../shared/minhash';
import type { Subject } from '../../shared/subject';
import type { IdentityStore } from './identity-store';

/**
 * Connecting the dots (issue 17): a site or seller that shows a strong identifier another domain or
 * seller account showed before becomes connected to it. Storage comes in through the store; the
 * extension and the CLI's session replay run this same code.
 */

type Shared = ConnectionRecord['shared'][number];

export function connectionKey(a: string, b: string): string {
  return a < b ? `${a}⇄${b}` : `${b}⇄${a}`;
}

interface Match {
  label: string;
  shared: Array<{ kind: IdentityKind; display: string; mine: { at: number; path: string }; theirs: { at: number; path: string } }>;
}

/** Who else showed what this page shows: exact identifiers by index, fingerprints by band and similarity. */
async function findMatches(store: IdentityStore, me: string, identities: Identity[], path: string, now: number): Promise<Map<string, Match>> {
  const matches = new Map<string, Match>();
  const note = (other: string, label: string, kind: IdentityKind, display: string, theirs: { at: number; path: string }) => {
    const match = matches.get(other) ?? { label, shared: [] };
    if (!match.shared.some((s) => s.kind === kind)) match.shared.push({ kind, display, mine: { at: now, path }, theirs });
    matches.set(other, match);
  };
  for (const id of identities) {
    if (id.signature && (id.kind === 'impressum' || id.kind === 'template')) {
      const kind = id.kind;
      const candidates = new Map<string, { label: string; at: number; path: string }>();
      for (const band of bandKeys(id.signature)) for (const r of await store.holders(`${kind}-band|${band}`)) if (r.subject !== me) candidates.set(r.subject, { label: r.label, at: r.seenAt, path: r.path });
      const threshold = kind === 'impressum' ? IDENTITY_LIMITS.impressumSimilarity : IDENTITY_LIMITS.templateSimilarity;
      for (const [other, seen] of candidates) {
        const theirs = await store.fingerprint(other, kind);
        const alike = theirs ? similarity(id.signature, theirs) : 0;
        if (alike >= threshold) note(other, seen.label, kind, `${Math.round(alike * 100)} %`, seen);
      }
      continue;
    }
    for (const r of await store.holders(`${id.kind}|${id.value}`)) if (r.subject !== me) note(r.subject, r.label, id.kind, id.display || r.display, { at: r.seenAt, path: r.path });
  }
  return matches;
}

/** Record what this page showed and connect its subject to every other subject sharing a strong identifier. */
export async function linkSubject(store: IdentityStore, subject: Subject, identities: Identity[], path: string, now: number): Promise<void> {
  if (identities.length === 0) return;
  await store.record({ key: subject.key, label: subject.label }, identities, path, now);
  for (const [other, match] of await findMatches(store, subject.key, identities, path, now)) {
    // A shared template alone is no connection: thousands of honest shops use one theme.
    if (!match.shared.some((s) => IDENTITY_KINDS[s.kind].strong)) continue;
    const key = connectionKey(subject.key, other);
    const meFirst = subject.key < other;
    const fresh: Shared[] = match.shared.map((s) => ({ kind: s.kind, display: s.display, a: meFirst ? s.mine : s.theirs, b: meFirst ? s.theirs : s.mine }));
    const existing = await store.getConnection(key);
    const kept = (existing?.shared ?? []).filter((old) => !fresh.some((s) => s.kind === old.kind && s.display === old.display));
    await store.putConnection({
      key,
      a: meFirst ? subject.key : other,
      aLabel: meFirst ? subject.label : match.label,
      b: meFirst ? other : subject.key,
      bLabel: meFirst ? match.label : subject.label,
      shared: [...fresh, ...kept].slice(0, 12),
      firstSeen: existing?.firstSeen ?? now,
      lastSeen: now,
      // The shopper said these are not connected: a later match does not bring it back.
      removed: existing?.removed ?? false,
    });
  }
}

/** One side's view of a connection: the other subject, and when and where it showed each shared identifier. */
export function viewOf(connection: ConnectionRecord, me: string, status: SubjectStatus): ConnectionView {
  const iAmA = connection.a === me;
  return {
    key: connection.key,
    other: iAmA ? connection.b : connection.a,
    otherLabel: iAmA ? connection.bLabel : connection.aLabel,
    shared: connection.shared.map((s) => ({ kind: s.kind, display: s.display, ...(iAmA ? s.b : s.a) })),
    status,
  };
}

/** The subject's live connections (not removed by the shopper), each with the other side's status. */
export async function connectionsFor(store: IdentityStore, me: string, statusOf: (key: string) => Promise<SubjectStatus>): Promise<ConnectionView[]> {
  const live = (await store.connections(me)).filter((c) => !c.removed).sort((x, y) => y.lastSeen - x.lastSeen).slice(0, 20);
  return Promise.all(live.map(async (c) => viewOf(c, me, await statusOf(c.a === me ? c.b : c.a))));
}
